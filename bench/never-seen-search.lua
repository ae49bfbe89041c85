-- Usage: wrk -t2 -c20 -d20s --latency -s bench/never-seen-search.lua http://127.0.0.1:<port>
-- Never-seen searches: every request a query no one asked before. Mix (per request):
-- 30% common (words in most stories: "said", Zipf-head words), 40% theme words (1-3 from one
-- theme), 20% a theme word with a common word, 10% tail words (Zipf rank > 1000, 1-2 words).
-- A NOT of a made-up word (-q<thread>x<n>) makes each query new without changing its matches.
local syl = {"ka","lo","mi","ren","sto","vad","pel","tur","gan","fi","so","dem","bri","nal","cor","tes","ul","ar","ven","pro"}
local function general(rank) -- rank 0-based among the made-up words (after the function words)
  local third = rank % 10; local rest = math.floor(rank / 10)
  local second = rest % 20; local first = math.floor(rest / 20)
  return syl[first + 1] .. syl[second + 1] .. syl[third + 1]
end
local themes = {
  {"pipeline","gas","oil","energy","refinery","barrels","reserves","liquefied","supply","contract"},
  {"trade","turnover","tariff","export","import","customs","surplus","deficit","goods","shipments"},
  {"yuan","rouble","settlement","currency","payments","bank","swap","reserve","transfers","clearing"},
  {"railway","port","corridor","freight","container","logistics","transit","route","shipping","terminal"},
  {"sanctions","security","defence","border","military","exercises","treaty","alliance","missile","council"},
  {"grain","wheat","harvest","fertiliser","agriculture","crops","food","farmers","drought","prices"},
  {"summit","delegation","ministers","declaration","talks","leaders","visit","forum","communique","agenda"},
  {"technology","semiconductors","satellite","nuclear","reactor","digital","software","chips","research","space"},
}
local counter = 0
local tid = 0
local threads = 0
function setup(thread) thread:set("tid", threads); threads = threads + 1 end
function init(args) math.randomseed(os.time() * 1000 + tid * 7919); counter = 0 end
local function common()
  if math.random() < 0.4 then return "said" end
  return general(math.random(0, 14))
end
local function themeWords(n)
  local t = themes[math.random(#themes)]
  local out = {}
  for i = 1, n do out[#out + 1] = t[math.random(#t)] end
  return table.concat(out, " ")
end
function request()
  counter = counter + 1
  local r = math.random()
  local q
  if r < 0.30 then q = (math.random() < 0.6) and common() or (common() .. " " .. common())
  elseif r < 0.70 then q = themeWords(math.random(1, 3))
  elseif r < 0.90 then q = themeWords(1) .. " " .. common()
  else q = general(math.random(1000, 3999)) .. ((math.random() < 0.5) and (" " .. general(math.random(1000, 3999))) or "") end
  q = q .. " -q" .. tid .. "x" .. counter
  return wrk.format(nil, "/search?q=" .. q:gsub(" ", "+"))
end
