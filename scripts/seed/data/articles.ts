import type { SeedArticle } from './types'

export const articles: SeedArticle[] = [
  {
    key: 'trade-2022-record-190bn',
    title: 'China–Russia trade hits record 190 bn dollars in 2022',
    standfirst:
      'Chinese customs data show turnover rose 29.3 per cent, leaving the two countries within ' +
      'reach of their 200 bn target for 2024.',
    paragraphs: [
      'Trade between China and Russia reached a record 190.27 billion US dollars in 2022, ' +
        'according to figures published by China’s General Administration of Customs. Turnover was ' +
        '29.3 per cent higher than in 2021, when it stood at 146.88 billion dollars, and was close ' +
        'to double the 107.06 billion dollars recorded in 2018.',
      'The figures leave the two governments within reach of their goal of 200 billion dollars in ' +
        'annual trade by 2024, a target agreed in 2019 when turnover was running at roughly 100 ' +
        'billion dollars a year. Trade held broadly steady between 2018 and 2020, at between 107 ' +
        'billion and 111 billion dollars, before accelerating in 2021.',
      'Energy accounts for a large share of Russia’s exports to China, which include crude oil, ' +
        'pipeline gas, liquefied natural gas and coal. Chinese exports to Russia are dominated by ' +
        'manufactured goods, including machinery, electronics and vehicles. Part of the increase in ' +
        'value in 2022 reflected higher global energy prices during the year as well as larger ' +
        'volumes.',
      'Customs statistics published by Russia and China can differ because of differences in ' +
        'methodology and in the treatment of goods in transit. Summit Wire uses the Chinese customs ' +
        'series, which is published in US dollars and is widely cited in coverage of the 200 bn ' +
        'target.',
    ],
    dateline: 'BEIJING',
    publishedAt: '2023-01-13T09:30:00Z',
    authors: ['daniel-osei'],
    topics: ['trade', 'energy'],
    people: [],
    statements: [],
  },
  {
    key: 'xi-state-visit-announced',
    title: 'Xi to make state visit to Russia from 20 to 22 March',
    standfirst: 'The trip will be the Chinese leader’s first abroad since he began a third term as president.',
    paragraphs: [
      'Chinese President Xi Jinping will make a state visit to Russia from 20 to 22 March at the ' +
        'invitation of President Vladimir Putin, Beijing and Moscow announced on Friday. The trip ' +
        'will be Xi’s first abroad since the National People’s Congress confirmed him for a third ' +
        'term as head of state earlier this month.',
      'The Kremlin said the two leaders would discuss the further development of their ' +
        'comprehensive partnership and strategic interaction and that a number of bilateral ' +
        'documents would be signed. The visit comes as trade between the two countries stands at a ' +
        'record level after rising by almost 30 per cent in 2022, according to Chinese customs ' +
        'data.',
      'Xi last visited Russia in June 2019, when the two sides upgraded their relationship to a ' +
        'comprehensive strategic partnership of coordination for a new era. Putin visited Beijing ' +
        'in February 2022 for the opening of the Winter Olympics, when the two leaders issued a ' +
        'joint statement on international relations entering a new era.',
    ],
    dateline: 'BEIJING',
    publishedAt: '2023-03-17T08:15:00Z',
    authors: ['mei-lin-zhou'],
    topics: ['diplomacy', 'trade'],
    people: ['xi-jinping', 'vladimir-putin'],
    event: 'xi-state-visit-moscow-2023',
    statements: [],
    relatedArticles: ['trade-2022-record-190bn'],
  },
  {
    key: 'record-trade-200bn',
    title: 'Xi and Putin hail record trade as the 200 bn dollar goal is reached',
    standfirst:
      'Economic cooperation took centre stage at the Beijing talks during Vladimir Putin’s state ' +
      'visit, with 2023 turnover at a record 240 bn dollars and the goal set for 2024 already in ' +
      'hand.',
    paragraphs: [
      'In recent high level discussions, Chinese President Xi Jinping and Russian President ' +
        'Vladimir Putin underscored a strong momentum in their bilateral economic relationship. ' +
        'They noted that cross-border activity has surged to levels not seen before, with shared ' +
        'expectations that the total will soon surpass a landmark threshold they publicly defined ' +
        'as a strategic target. Officials reviewed ongoing commerce, investment, and cooperative ' +
        'efforts across several sectors, emphasizing a steady path toward greater economic exchange ' +
        'between Moscow and Beijing.',
      'During the talks, Xi Jinping affirmed that bilateral trade has reached record levels and ' +
        'is steadily moving toward the agreed objective. The message reflected a broad consensus ' +
        'between Moscow and Beijing on expanding practical collaboration while preserving alignment ' +
        'on broader global economic priorities. The dialogue highlighted not only current figures ' +
        'but also the quality and diversification of trade, including shifts in commodity mix and ' +
        'stronger resilience in supply chains. The emphasis extended beyond sheer volume to the ' +
        'efficiency and reliability of trade flows that support industrial activity in both ' +
        'countries.',
      'Official 2023 data showed a meaningful year‑over‑year expansion in commerce, with total ' +
        'turnover edging toward historic highs. By year’s end, the value of goods and services ' +
        'exchanged between the Russian Federation and the People’s Republic of China rose notably, ' +
        'signaling a robust rebound in trade activity amid evolving global markets. The partners ' +
        'previously targeted doubling trade from a baseline around 100 billion dollars annually, ' +
        'with an objective of reaching 200 billion dollars by 2024 as a practical guide for policy ' +
        'and business planning.',
      'These developments occurred alongside broader efforts to deepen political trust and widen ' +
        'strategic cooperation. Initiatives to expand energy cooperation, upgrade infrastructure, ' +
        'and advance technology collaboration were highlighted as core pillars of the relationship. ' +
        'Across bilateral engagements, both sides stressed continuity in their political rapport, ' +
        'paired with concrete steps to streamline customs, enhance transport corridors, and promote ' +
        'joint ventures in high-growth sectors. The overarching aim is to nurture a more integrated ' +
        'regional economy capable of withstanding external shocks and supporting the ambitions of ' +
        'both economies.',
      'Observers note a broader strategic posture in the dialogue—aligning economic interests ' +
        'with long‑term geopolitical considerations. As both capitals seek greater access to ' +
        'markets, increased investment, and stronger networks for innovation, analysts anticipate ' +
        'continued policy coordination and targeted measures to reduce friction, enable smoother ' +
        'trade, and expand digital and green economy cooperation. The discussions signal a ' +
        'sustained commitment to pragmatic diplomacy paired with tangible economic outcomes that ' +
        'benefit industries, workers, and communities across both nations.',
      'For a wider context on the evolving relationship, readers can explore coverage from major ' +
        'outlets monitoring Eurasian economic developments and state-to-state interactions. Such ' +
        'analyses offer deeper perspectives on the implications for global supply chains and ' +
        'regional stability, illustrating how sustained high‑level dialogue can translate into ' +
        'real‑world trade and investment outcomes for Russia, China, and their partners across the ' +
        'region. The focus remains on practical results, collaborative projects, and the shared ' +
        'goal of building a more resilient and interconnected economy across continents.',
    ],
    dateline: 'BEIJING',
    publishedAt: '2024-05-16T15:00:00Z',
    authors: ['daniel-osei', 'anna-keller'],
    topics: ['trade', 'diplomacy', 'energy', 'infrastructure', 'technology'],
    people: ['xi-jinping', 'vladimir-putin'],
    event: 'putin-state-visit-china-2024',
    statements: ['xi-trade-record-levels', 'putin-trade-200bn-2023'],
    relatedArticles: ['xi-state-visit-announced', 'trade-2022-record-190bn'],
    externalCoverage: [
      {
        outlet: 'China Economic Review',
        title: 'China-Russia trade hits record high in 2023',
        url: 'https://chinaeconomicreview.com/china-russia-trade-hits-record-high-in-2023/',
        publishedAt: '2024-01-15',
      },
      {
        outlet: 'The Moscow Times',
        title: 'China-Russia trade hit record high in 2024',
        url: 'https://www.themoscowtimes.com/2025/01/13/china-russia-trade-hit-record-high-in-2024-a87590',
        publishedAt: '2025-01-13',
      },
      {
        outlet: 'bne IntelliNews',
        title: 'Russo-China trade turnover rises 1.9% to $244.81bn in 2024',
        url: 'https://bne.eu/russo-china-trade-turnover-rises-1-9-to-244-81bn-in-2024-361098',
        publishedAt: '2025-01-13',
      },
      {
        outlet: 'TASS',
        title: 'Chinese-Russian trade in January-July 2024',
        url: 'https://tass.com/economy/1826171',
        publishedAt: '2024-08-07',
      },
    ],
  },
  {
    key: 'moscow-joint-statements-2030',
    title: 'Xi and Putin sign joint statements on partnership and economic priorities to 2030',
    standfirst:
      'The documents signed in the Kremlin set out political commitments and a plan for key areas ' +
      'of economic cooperation through the end of the decade.',
    paragraphs: [
      'Xi Jinping and Vladimir Putin signed two joint statements after talks in the Kremlin on ' +
        'Tuesday: one on deepening the comprehensive partnership and strategic interaction between ' +
        'their countries in a new era, and another on a plan to develop key areas of ' +
        'Russian–Chinese economic cooperation until 2030.',
      'The economic statement covers areas including trade, logistics and transport, financial ' +
        'cooperation and energy. It sets out general directions for cooperation rather than ' +
        'individual contracts. Putin told reporters he expected bilateral trade to reach 200 ' +
        'billion dollars during 2023, earlier than the 2024 date the two sides had set.',
      'Xi, who held an initial meeting with Putin on Monday, described China and Russia as each ' +
        'other’s biggest neighbours and comprehensive strategic partners of coordination, according ' +
        'to Chinese state media. Putin said energy remained a central area of cooperation and that ' +
        'work on the proposed Power of Siberia 2 gas pipeline through Mongolia had advanced.',
      'The visit, Xi’s first abroad since he began his third presidential term, concludes on ' +
        'Wednesday. Implementation of the economic plan will fall largely to ministries, state ' +
        'companies and the intergovernmental commissions that prepare the annual regular meetings ' +
        'of the two countries’ heads of government.',
    ],
    dateline: 'MOSCOW',
    publishedAt: '2023-03-22T07:45:00Z',
    authors: ['anna-keller', 'mei-lin-zhou'],
    topics: ['diplomacy', 'trade', 'energy'],
    people: ['xi-jinping', 'vladimir-putin'],
    event: 'xi-state-visit-moscow-2023',
    statements: ['xi-comprehensive-partners-2023', 'putin-trade-200bn-2023', 'putin-power-of-siberia-2-2023'],
    relatedArticles: ['record-trade-200bn'],
  },
  {
    key: 'putin-backs-yuan-settlements',
    title: 'Putin backs wider use of yuan in Russia’s settlements with Asia, Africa and Latin America',
    standfirst: 'The Russian president said two-thirds of trade with China was already settled in roubles and yuan.',
    paragraphs: [
      'Vladimir Putin said Russia supported using the Chinese yuan in settlements between Russia ' +
        'and countries in Asia, Africa and Latin America, in public remarks during his talks with ' +
        'Xi Jinping in the Kremlin on Tuesday. He said two-thirds of trade between Russia and China ' +
        'was already being settled in roubles and yuan.',
      'The shift away from the dollar and the euro in Russia’s external trade accelerated in ' +
        '2022, after Western sanctions cut many Russian banks off from international payment ' +
        'channels and froze part of the central bank’s reserves. The yuan has since become one of ' +
        'the most traded currencies on the Moscow Exchange.',
      'For China, wider use of the yuan in cross-border trade is a long-standing policy ' +
        'objective. For Russian exporters and importers, settling in roubles or yuan reduces ' +
        'exposure to payment channels that run through Western banks, although it concentrates ' +
        'currency risk and depends on the willingness of Chinese banks to process the transactions.',
    ],
    dateline: 'MOSCOW',
    publishedAt: '2023-03-22T16:20:00Z',
    authors: ['daniel-osei'],
    topics: ['trade', 'diplomacy'],
    people: ['vladimir-putin', 'xi-jinping'],
    event: 'xi-state-visit-moscow-2023',
    statements: ['putin-national-currencies-2023'],
    relatedArticles: ['record-trade-200bn'],
  },
  {
    key: 'lula-shanghai-new-development-bank',
    title: 'Lula visits New Development Bank in Shanghai as Rousseff takes office',
    standfirst:
      'The Brazilian president, on a state visit to China, questioned why trade between countries ' +
      'should depend on the US dollar.',
    paragraphs: [
      'Brazilian President Luiz Inácio Lula da Silva attended the inauguration of former ' +
        'Brazilian president Dilma Rousseff as head of the New Development Bank in Shanghai on ' +
        'Thursday, during his state visit to China. The bank was set up by the BRICS countries, ' +
        'Brazil, Russia, India, China and South Africa, and began operations in 2015.',
      'In remarks at the bank, Lula questioned why countries should have to conduct their trade ' +
        'in US dollars rather than in their own currencies, a position he has voiced repeatedly. He ' +
        'is due to hold talks with Xi Jinping in Beijing on Friday, with trade and investment high ' +
        'on the agenda.',
      'China has been Brazil’s largest trading partner since 2009. The discussion of settlement ' +
        'currencies echoes a wider debate within BRICS, where Russia and China have promoted trade ' +
        'in national currencies and where members’ positions on the future role of the dollar ' +
        'differ.',
    ],
    dateline: 'SHANGHAI',
    publishedAt: '2023-04-13T11:10:00Z',
    authors: ['mei-lin-zhou'],
    topics: ['trade', 'diplomacy'],
    people: ['luiz-inacio-lula-da-silva', 'xi-jinping'],
    statements: ['lula-shanghai-currencies-2023'],
  },
  {
    key: 'explainer-200bn-target',
    title: 'Explainer: what the 200 bn dollar trade target means',
    standfirst:
      'A round number agreed in 2019 has become the yardstick for the economic side of the Russia–China relationship.',
    paragraphs: [
      'In 2019 Russia and China set a goal of raising annual bilateral trade to 200 billion US ' +
        'dollars by 2024. At the time turnover was running at about 100 billion dollars: Chinese ' +
        'customs data put it at 107.06 billion dollars in 2018 and 110.76 billion dollars in 2019. ' +
        'Meeting the goal therefore meant roughly doubling trade within five years.',
      'Progress was slow at first. Trade dipped to 107.77 billion dollars in 2020, when the ' +
        'pandemic disrupted border crossings and depressed commodity prices. It then rose to 146.88 ' +
        'billion dollars in 2021 and to a record 190.27 billion dollars in 2022, leaving less than ' +
        '10 billion dollars to go.',
      'The target is a political benchmark rather than a binding commitment. Trade values depend ' +
        'heavily on the prices of oil, gas and coal, which make up much of Russia’s exports to ' +
        'China, and on exchange rates. A year of high energy prices can move the total closer to ' +
        'the goal without any change in volumes.',
      'Officials have nonetheless treated the figure as a test of the relationship’s economic ' +
        'substance. During Xi Jinping’s visit to Moscow in March, Vladimir Putin said he expected ' +
        'the threshold to be crossed in 2023, a year ahead of schedule. Whether that happens will ' +
        'depend partly on energy prices in the second half of the year.',
    ],
    dateline: 'MOSCOW',
    publishedAt: '2023-04-27T10:00:00Z',
    authors: ['daniel-osei'],
    topics: ['trade'],
    people: ['vladimir-putin', 'xi-jinping'],
    statements: ['putin-trade-200bn-2023'],
    relatedArticles: ['trade-2022-record-190bn', 'record-trade-200bn'],
  },
  {
    key: 'explainer-power-of-siberia',
    title: 'Explainer: Power of Siberia and the Russia–China gas trade',
    standfirst:
      'One pipeline is running, a second route from the Far East has been agreed, and a third, ' +
      'larger project across Mongolia is still under discussion.',
    paragraphs: [
      'Power of Siberia is the first pipeline to carry Russian natural gas to China. It was built ' +
        'by Gazprom to supply China National Petroleum Corporation under a 30-year contract signed ' +
        'in May 2014, and deliveries began in December 2019. The pipeline draws on fields in ' +
        'eastern Siberia, including Chayandinskoye in Yakutia and Kovyktinskoye in the Irkutsk ' +
        'region.',
      'The pipeline’s design capacity is 38 billion cubic metres a year, a level Gazprom planned ' +
        'to reach gradually as the fields and the Chinese receiving network were developed. Volumes ' +
        'have risen each year since the launch. The gas crosses into China under the Amur river ' +
        'between Blagoveshchensk and Heihe, in Heilongjiang province.',
      'In February 2022 the two sides agreed a second supply route, often called the Far Eastern ' +
        'route, which is intended to carry gas from Sakhalin to north-east China. A third project, ' +
        'Power of Siberia 2, would run through Mongolia with a planned capacity of 50 billion cubic ' +
        'metres a year and would draw on fields in western Siberia that have historically supplied ' +
        'Europe.',
      'Power of Siberia 2 has been discussed for years, with commercial terms, including price, ' +
        'widely reported as the main sticking point. In March Vladimir Putin said work on the ' +
        'project had advanced. For Russia the pipeline would partly replace European sales lost ' +
        'since 2022; for China it would add a further source of supply alongside LNG imports and ' +
        'pipelines from Central Asia.',
    ],
    dateline: 'MOSCOW',
    publishedAt: '2023-06-08T09:00:00Z',
    authors: ['anna-keller'],
    topics: ['energy', 'infrastructure'],
    people: ['vladimir-putin'],
    statements: ['putin-power-of-siberia-2-2023'],
    relatedArticles: ['moscow-joint-statements-2030'],
  },
  {
    key: 'explainer-national-currency-settlement',
    title: 'Explainer: how national-currency settlement works in Russia–China trade',
    standfirst:
      'Paying in roubles and yuan avoids some Western payment channels, but it brings its own costs and bottlenecks.',
    paragraphs: [
      'In a national-currency settlement, a Russian importer pays a Chinese supplier in yuan or ' +
        'roubles rather than in dollars or euros. The importer’s bank either holds yuan in a ' +
        'correspondent account with a bank in China or buys yuan on the Moscow currency market, ' +
        'then sends the payment instruction through a channel that both banks accept.',
      'Several messaging and clearing systems can be involved. China’s Cross-Border Interbank ' +
        'Payment System, known as CIPS, was launched in 2015 to clear yuan payments ' +
        'internationally. Russia’s central bank developed its own financial messaging system, SPFS, ' +
        'from 2014 as an alternative to SWIFT for domestic and some cross-border transfers. Many ' +
        'payments still rely on correspondent relationships between individual banks.',
      'The main advantage for companies is that payments avoid US and European banks, reducing ' +
        'the risk that transfers are blocked. The costs include exchange-rate risk between the ' +
        'rouble and the yuan, a narrower range of hedging instruments, and dependence on Chinese ' +
        'banks’ willingness to process payments for Russian clients, which can change when the ' +
        'sanctions environment shifts.',
      'Vladimir Putin said in March that two-thirds of trade between the two countries was ' +
        'already settled in roubles and yuan. The yuan’s share of Russia’s foreign trade and of ' +
        'trading on the Moscow Exchange has grown since 2022, making it the main foreign currency ' +
        'for many Russian companies that trade with Asia.',
    ],
    dateline: 'MOSCOW',
    publishedAt: '2023-07-19T08:30:00Z',
    authors: ['daniel-osei'],
    topics: ['trade', 'technology'],
    people: ['vladimir-putin'],
    statements: ['putin-national-currencies-2023'],
    relatedArticles: ['putin-backs-yuan-settlements'],
  },
  {
    key: 'explainer-northern-sea-route',
    title: 'Explainer: the Northern Sea Route and Eurasian trade logistics',
    standfirst:
      'The Arctic shipping lane offers a shorter path between East Asia and Europe, but ice, ' +
      'seasonality and cost limit its use.',
    paragraphs: [
      'The Northern Sea Route runs along Russia’s Arctic coast, from the Kara Sea in the west to ' +
        'the Bering Strait in the east. For ships travelling between northern Europe and East Asia ' +
        'it can be thousands of kilometres shorter than the southern route through the Suez Canal, ' +
        'which can cut voyage times substantially depending on ports and conditions.',
      'The route is navigable for most vessels only in the summer and autumn months, and sections ' +
        'require ice-class ships or icebreaker escort. Russia has designated the state nuclear ' +
        'corporation Rosatom as the route’s infrastructure operator and is expanding its fleet of ' +
        'nuclear-powered icebreakers, with the stated aim of extending the navigation season.',
      'Traffic on the route is dominated by Russian cargoes, particularly liquefied natural gas, ' +
        'oil and other commodities from Arctic projects. Shipments to China have grown in recent ' +
        'years, including LNG from the Yamal peninsula and a number of container voyages, though ' +
        'volumes remain small compared with the main Asia–Europe sea lanes.',
      'For the Russia–China relationship, the route is one of several logistics alternatives ' +
        'developed since 2022, alongside rail links across the land border and through Kazakhstan ' +
        'and Mongolia, and the cross-border bridges on the Amur river. Its commercial appeal ' +
        'depends on insurance costs, the availability of ice-class ships and the length of each ' +
        'navigation season.',
    ],
    dateline: 'MOSCOW',
    publishedAt: '2023-09-14T12:00:00Z',
    authors: ['anna-keller', 'daniel-osei'],
    topics: ['infrastructure', 'trade'],
    people: [],
    statements: [],
  },
  {
    key: 'belt-and-road-forum-putin-arrives',
    title: 'Putin joins leaders in Beijing for third Belt and Road Forum',
    standfirst: 'The forum marks ten years since Xi Jinping announced the infrastructure and connectivity initiative.',
    paragraphs: [
      'Vladimir Putin arrived in Beijing on Tuesday for the third Belt and Road Forum for ' +
        'International Cooperation, which is being held on 17 and 18 October. The forum marks the ' +
        'tenth anniversary of the Belt and Road Initiative, which Xi Jinping first outlined in 2013 ' +
        'in speeches in Kazakhstan and Indonesia.',
      'Putin is among the leaders scheduled to speak at the opening ceremony on Wednesday, and he ' +
        'is also expected to hold talks with Xi. It is the third time Putin has attended the forum, ' +
        'after the first two editions in 2017 and 2019.',
      'The initiative covers transport, energy and digital infrastructure as well as trade and ' +
        'financing arrangements across Asia, Africa, Europe and Latin America. Russia has long ' +
        'promoted links between the initiative and the Eurasian Economic Union, the trade bloc it ' +
        'forms with Armenia, Belarus, Kazakhstan and Kyrgyzstan.',
    ],
    dateline: 'BEIJING',
    publishedAt: '2023-10-17T13:40:00Z',
    authors: ['mei-lin-zhou'],
    topics: ['diplomacy', 'infrastructure'],
    people: ['vladimir-putin', 'xi-jinping'],
    event: 'belt-and-road-forum-2023',
    statements: [],
  },
  {
    key: 'xi-eight-steps-belt-and-road',
    title: 'Xi sets out eight steps for next phase of Belt and Road',
    standfirst:
      'Putin used his speech at the forum to present Russian transport projects, including the ' +
      'Northern Sea Route, as complementary to the initiative.',
    paragraphs: [
      'Xi Jinping announced eight steps to support what Beijing calls high-quality Belt and Road ' +
        'cooperation in a keynote speech opening the third Belt and Road Forum on Wednesday. The ' +
        'first was building a multidimensional connectivity network; the others covered areas ' +
        'including an open world economy, practical cooperation, green development, scientific and ' +
        'technological innovation and people-to-people exchanges.',
      'Vladimir Putin, in his own speech to the forum, said Russia saw the Belt and Road ' +
        'Initiative as consistent with its plans for Eurasian integration, including the idea of a ' +
        'Greater Eurasian Partnership. He also presented the Northern Sea Route as a potential ' +
        'international transport corridor and said Russia would welcome interested countries’ ' +
        'participation in its development.',
      'The two leaders were due to hold talks later on Wednesday. Their meeting is the latest in ' +
        'a series of contacts this year that began with Xi’s state visit to Moscow in March, when ' +
        'they signed a plan for economic cooperation until 2030.',
    ],
    dateline: 'BEIJING',
    publishedAt: '2023-10-18T10:05:00Z',
    authors: ['mei-lin-zhou', 'anna-keller'],
    topics: ['infrastructure', 'diplomacy', 'trade'],
    people: ['xi-jinping', 'vladimir-putin'],
    event: 'belt-and-road-forum-2023',
    statements: ['xi-brf-eight-steps', 'putin-brf-eurasian-integration', 'putin-brf-northern-sea-route'],
    relatedArticles: ['belt-and-road-forum-putin-arrives', 'explainer-northern-sea-route'],
  },
  {
    key: 'trade-passes-200bn-target',
    title: 'Russia–China trade passes 200 bn dollar target a year early',
    standfirst: 'Customs data for January to November show turnover has already exceeded the goal set for 2024.',
    paragraphs: [
      'Trade between China and Russia exceeded 200 billion US dollars in the first eleven months ' +
        'of 2023, according to data from China’s General Administration of Customs, passing the ' +
        'target the two governments had set for 2024 a year ahead of schedule. The figure already ' +
        'surpasses the full-year record of 190.27 billion dollars set in 2022.',
      'The goal was agreed in 2019, when turnover stood at around 100 billion dollars a year. In ' +
        'March, during Xi Jinping’s state visit to Moscow, Vladimir Putin said he expected the ' +
        'threshold to be reached during 2023 rather than 2024. Chinese customs will publish the ' +
        'full-year figure in January.',
      'The composition of trade has shifted since 2022. Russia has increased sales of crude oil ' +
        'and other energy to China as European buyers reduced purchases, while Chinese exports of ' +
        'cars, machinery and electronics to Russia have risen as Western suppliers withdrew from ' +
        'the Russian market.',
    ],
    dateline: 'BEIJING',
    publishedAt: '2023-12-07T09:15:00Z',
    authors: ['daniel-osei'],
    topics: ['trade', 'energy'],
    people: ['vladimir-putin', 'xi-jinping'],
    statements: ['putin-trade-200bn-2023'],
    relatedArticles: ['explainer-200bn-target'],
  },
  {
    key: 'trade-2023-record-240bn',
    title: 'China–Russia trade rises 26.3% to record 240 bn dollars in 2023',
    standfirst:
      'Full-year customs figures confirm the 200 bn target was surpassed a year early, after ' +
      'growth of more than a quarter.',
    paragraphs: [
      'Trade between China and Russia rose 26.3 per cent to a record 240.11 billion US dollars in ' +
        '2023, according to China’s General Administration of Customs. The total was more than ' +
        'double the 107.06 billion dollars recorded in 2018, the baseline year for the goal of 200 ' +
        'billion dollars by 2024 that the two sides agreed in 2019. Turnover passed that mark in ' +
        'November.',
      'The increase followed growth of 29.3 per cent in 2022 and of about 36 per cent in 2021, ' +
        'when trade recovered from a dip during the pandemic. Growth since 2022 has been driven by ' +
        'Russia’s redirection of energy exports towards Asia and by rising Chinese sales of ' +
        'manufactured goods to Russia.',
      'Vehicles have been one of the fastest-growing categories. Chinese brands expanded their ' +
        'share of the Russian car market sharply during 2023, filling gaps left by Western and ' +
        'Japanese manufacturers that suspended production or sales in Russia in 2022. Machinery and ' +
        'electronics have followed a similar pattern.',
      'The 2023 figures set a high base for the years ahead. Because much of Russia’s export ' +
        'revenue comes from oil, gas and coal, future growth will depend heavily on commodity ' +
        'prices, as well as on the ability of banks in both countries to process payments smoothly.',
    ],
    dateline: 'BEIJING',
    publishedAt: '2024-01-12T08:40:00Z',
    authors: ['daniel-osei'],
    topics: ['trade', 'energy', 'technology'],
    people: [],
    statements: [],
    relatedArticles: ['trade-passes-200bn-target'],
  },
  {
    key: 'analysis-chinese-cars-russia',
    title: 'Analysis: how Chinese carmakers filled the gap in Russia',
    standfirst:
      'Vehicles have become one of the most visible parts of China’s exports to Russia since ' +
      'Western brands withdrew in 2022.',
    paragraphs: [
      'Before 2022 the Russian car market was dominated by domestic producers and by European, ' +
        'Japanese and South Korean brands, many of which assembled vehicles in Russia. After ' +
        'February 2022 most foreign manufacturers suspended production or sales, and several sold ' +
        'or transferred their Russian plants to local owners.',
      'Chinese brands moved quickly into the gap. Sales of Chinese-branded cars in Russia rose ' +
        'sharply in 2023, and by the end of the year they accounted for a large share of new-car ' +
        'sales, according to industry analysts. Some formerly foreign-owned plants have begun ' +
        'assembling vehicles based on Chinese models under local brand names.',
      'For China’s carmakers, Russia became one of the largest export markets in 2023. The trend ' +
        'has also raised questions in Russia about the future of domestic manufacturing, and the ' +
        'government has raised the recycling fee, a levy charged on imported vehicles, in part to ' +
        'encourage local production.',
      'Vehicles illustrate a broader pattern in the relationship. Chinese suppliers have replaced ' +
        'Western ones across many categories of machinery, electronics and components, increasing ' +
        'Russia’s reliance on a single trading partner for technology-intensive goods, a trend ' +
        'widely noted by economists who follow the two countries.',
    ],
    dateline: 'MOSCOW',
    publishedAt: '2024-04-10T07:30:00Z',
    authors: ['anna-keller'],
    topics: ['technology', 'trade'],
    people: [],
    statements: [],
    relatedArticles: ['trade-2023-record-240bn'],
  },
  {
    key: 'putin-state-visit-beijing-2024',
    title: 'Putin begins state visit to China with talks with Xi',
    standfirst:
      'The two leaders signed a joint statement marking 75 years of diplomatic relations, on the ' +
      'Russian president’s first foreign trip of his new term.',
    paragraphs: [
      'Vladimir Putin held talks with Xi Jinping in Beijing on Thursday at the start of a two-day ' +
        'state visit to China, his first foreign trip since being sworn in for a fifth term as ' +
        'president on 7 May. The two leaders signed a joint statement on deepening their ' +
        'comprehensive partnership and strategic interaction in the new era, marking the 75th ' +
        'anniversary of diplomatic relations.',
      'Xi said the relationship had grown stronger over 75 years and that its stable development ' +
        'served the fundamental interests of both countries and their peoples, according to Chinese ' +
        'state media. Putin told Xi that some 90 per cent of payments between Russia and China were ' +
        'now made in roubles and yuan.',
      'The visit follows a record year for trade, which reached 240.11 billion dollars in 2023 ' +
        'according to Chinese customs data, passing the 200 bn target set for 2024. Putin is due to ' +
        'travel on Friday to Harbin, in north-east China, a city with long-standing historical and ' +
        'commercial ties to Russia.',
    ],
    dateline: 'BEIJING',
    publishedAt: '2024-05-16T10:20:00Z',
    authors: ['mei-lin-zhou', 'anna-keller'],
    topics: ['diplomacy', 'trade'],
    people: ['vladimir-putin', 'xi-jinping'],
    event: 'putin-state-visit-china-2024',
    statements: ['xi-75-years-2024', 'putin-rouble-yuan-90pct-2024'],
    relatedArticles: ['trade-2023-record-240bn'],
  },
  {
    key: 'putin-harbin-expo-2024',
    title: 'Putin visits Harbin as Russia–China Expo opens',
    standfirst: 'The second day of the state visit focused on ties between Russia’s Far East and north-east China.',
    paragraphs: [
      'Vladimir Putin travelled to Harbin on Friday, the second day of his state visit to China, ' +
        'and attended the opening of the eighth Russia–China Expo. The exhibition brings together ' +
        'companies and regional authorities from both countries, with a particular focus on ' +
        'Russia’s Far East and China’s north-eastern provinces.',
      'Harbin, the capital of Heilongjiang province, was founded in the late nineteenth century ' +
        'as a hub of the Chinese Eastern Railway, built by the Russian Empire, and retains a strong ' +
        'Russian architectural and cultural heritage. Heilongjiang shares a long border with Russia ' +
        'along the Amur and Ussuri rivers.',
      'The Russian president’s programme also included a visit to the Harbin Institute of ' +
        'Technology, one of China’s leading engineering universities. Cross-border infrastructure, ' +
        'including the road and rail bridges across the Amur that opened in 2022, has been central ' +
        'to efforts to expand trade between the neighbouring regions.',
    ],
    dateline: 'HARBIN',
    publishedAt: '2024-05-17T12:15:00Z',
    authors: ['mei-lin-zhou'],
    topics: ['trade', 'infrastructure', 'technology'],
    people: ['vladimir-putin'],
    event: 'putin-state-visit-china-2024',
    statements: [],
    relatedArticles: ['putin-state-visit-beijing-2024'],
  },
  {
    key: 'putin-energy-supplies-2024',
    title: 'Putin says Russia ready to keep energy flowing to China',
    standfirst: 'No final agreement on the Power of Siberia 2 pipeline was announced during the visit.',
    paragraphs: [
      'Vladimir Putin said on Friday that Russia was ready and able to supply China’s economy, ' +
        'businesses, cities and towns with clean, affordable energy reliably and without ' +
        'interruption, in a speech opening the Russia–China Expo in Harbin on the second day of his ' +
        'state visit. Energy accounts for the bulk of Russia’s exports to China, including crude ' +
        'oil, pipeline gas, liquefied natural gas and coal.',
      'No final agreement on the proposed Power of Siberia 2 pipeline, which would carry gas from ' +
        'western Siberia to China through Mongolia, was announced during the two-day visit. The ' +
        'project has been under discussion for years, with pricing widely reported as the main ' +
        'unresolved issue.',
      'The existing Power of Siberia pipeline has supplied China since December 2019 and is ' +
        'designed to carry 38 billion cubic metres a year. The two sides agreed in 2022 to develop ' +
        'a separate Far Eastern route from Sakhalin. Russia’s crude oil exports to China have also ' +
        'risen since 2022, and Russia was China’s largest supplier of crude in 2023.',
    ],
    dateline: 'HARBIN',
    publishedAt: '2024-05-17T15:05:00Z',
    authors: ['anna-keller'],
    topics: ['energy', 'infrastructure'],
    people: ['vladimir-putin'],
    event: 'putin-state-visit-china-2024',
    statements: ['putin-energy-supplies-2024'],
    relatedArticles: ['explainer-power-of-siberia', 'putin-harbin-expo-2024'],
  },
  {
    key: 'sco-astana-xi-putin-talks',
    title: 'Xi and Putin meet on sidelines of SCO summit in Astana',
    standfirst: 'The leaders’ meeting came on the first day of a two-day gathering hosted by Kazakhstan.',
    paragraphs: [
      'Xi Jinping and Vladimir Putin held talks in Astana on Wednesday on the sidelines of the ' +
        'summit of the Shanghai Cooperation Organisation, less than two months after Putin’s state ' +
        'visit to China in May. Kazakhstan, which holds the rotating chairmanship of the ' +
        'organisation, is hosting the summit on 3 and 4 July.',
      'Putin said relations of comprehensive partnership and strategic interaction between Russia ' +
        'and China were going through the best period in their history, according to the Kremlin. ' +
        'Russia holds the chairmanship of BRICS this year and will host the group’s summit in Kazan ' +
        'in October.',
      'The SCO was founded in 2001 by China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and ' +
        'Uzbekistan. India and Pakistan joined in 2017 and Iran in 2023. The organisation’s agenda ' +
        'covers security, economic cooperation and connectivity. Kassym-Jomart Tokayev, ' +
        'Kazakhstan’s president, is chairing the meeting.',
    ],
    dateline: 'ASTANA',
    publishedAt: '2024-07-03T15:30:00Z',
    authors: ['tomas-varga'],
    topics: ['diplomacy'],
    people: ['xi-jinping', 'vladimir-putin', 'kassym-jomart-tokayev'],
    event: 'sco-summit-astana-2024',
    statements: ['putin-best-period-astana-2024'],
    relatedArticles: ['putin-state-visit-beijing-2024'],
  },
  {
    key: 'sco-astana-belarus-joins',
    title: 'Belarus becomes tenth full member of the SCO at Astana summit',
    standfirst: 'Leaders adopted the Astana Declaration as Kazakhstan concluded its year as chair of the organisation.',
    paragraphs: [
      'Belarus was admitted as the tenth full member of the Shanghai Cooperation Organisation on ' +
        'Thursday at the summit in Astana. Leaders also adopted the Astana Declaration, setting out ' +
        'their common positions on security, economic cooperation and international affairs. ' +
        'Belarus had previously held observer status in the organisation.',
      'Kassym-Jomart Tokayev, whose country chaired the organisation over the past year, said the ' +
        'SCO should strengthen multilateral dialogue in pursuit of sustainable peace and ' +
        'development, the theme of Kazakhstan’s chairmanship. Leaders of observer and ' +
        'dialogue-partner countries, including Turkish President Recep Tayyip Erdoğan, joined an ' +
        'expanded session.',
      'China takes over the rotating chairmanship from Kazakhstan and will host the next summit. ' +
        'Xi Jinping and Vladimir Putin both attended the meeting in Astana, as did the leaders of ' +
        'the Central Asian member states, while India was represented by its external affairs ' +
        'minister, S. Jaishankar.',
    ],
    dateline: 'ASTANA',
    publishedAt: '2024-07-04T13:05:00Z',
    authors: ['tomas-varga'],
    topics: ['diplomacy'],
    people: ['kassym-jomart-tokayev', 'recep-tayyip-erdogan', 'xi-jinping', 'vladimir-putin'],
    event: 'sco-summit-astana-2024',
    statements: ['tokayev-astana-dialogue-2024'],
    relatedArticles: ['sco-astana-xi-putin-talks'],
  },
  {
    key: 'trade-growth-slows-2024',
    title: 'Russia–China trade growth slows as payment frictions weigh',
    standfirst:
      'After two years of rapid expansion, turnover has levelled off in 2024 amid reports that ' +
      'banks have become more cautious about Russia-related transactions.',
    paragraphs: [
      'Growth in trade between Russia and China has slowed sharply in 2024 after increases of ' +
        '29.3 per cent in 2022 and 26.3 per cent in 2023, according to Chinese customs data for the ' +
        'year to date. Turnover in the first seven months was broadly in line with the same period ' +
        'of 2023, a year that ended with a record 240.11 billion dollars.',
      'Russian and Western media have reported delays and rejections of payments by Chinese banks ' +
        'since early 2024. The reports followed a US executive order in December 2023 that widened ' +
        'the risk of secondary sanctions for foreign banks that facilitate transactions linked to ' +
        'Russia’s military-industrial base.',
      'According to those reports, companies have responded by routing payments through smaller ' +
        'regional banks or through intermediaries. Such workarounds add cost and time, and they ' +
        'make settlement in national currencies, which now covers most of the two countries’ trade, ' +
        'less straightforward than the headline share suggests.',
      'The share of national currencies in bilateral settlements has nonetheless continued to ' +
        'rise. When Vladimir Putin visited Beijing in May, he said some 90 per cent of payments ' +
        'between the two countries were made in roubles and yuan. Chinese customs will publish the ' +
        'full-year figure for 2024 in January.',
    ],
    dateline: 'MOSCOW',
    publishedAt: '2024-08-08T11:25:00Z',
    authors: ['daniel-osei', 'anna-keller'],
    topics: ['trade'],
    people: ['vladimir-putin'],
    statements: ['putin-rouble-yuan-90pct-2024'],
    relatedArticles: ['explainer-national-currency-settlement', 'trade-2023-record-240bn'],
    externalCoverage: [
      {
        outlet: 'TASS',
        title: 'Chinese-Russian trade in January-July 2024',
        url: 'https://tass.com/economy/1826171',
        publishedAt: '2024-08-07',
      },
    ],
  },
  {
    key: 'brics-kazan-summit-opens',
    title: 'BRICS leaders gather in Kazan for first summit since expansion',
    standfirst:
      'Russia is hosting the three-day meeting as chair of the group, which took in new members ' +
      'at the start of the year.',
    paragraphs: [
      'Leaders of the BRICS group are meeting in Kazan from 22 to 24 October for a summit hosted ' +
        'by Russia, which holds the group’s rotating chairmanship this year. It is the first summit ' +
        'since Egypt, Ethiopia, Iran and the United Arab Emirates joined the original members, ' +
        'Brazil, Russia, India, China and South Africa, at the start of 2024.',
      'Xi Jinping and Narendra Modi are among the leaders attending. Brazil’s President Luiz ' +
        'Inácio Lula da Silva cancelled his trip after an accident at home and is taking part by ' +
        'video link. Leaders of a number of other countries are due to join an expanded session on ' +
        'the final day.',
      'Items on the agenda include the development of settlements in national currencies among ' +
        'members and the creation of a category of partner countries for states that have expressed ' +
        'interest in closer ties with the group. Russia has made financial cooperation one of the ' +
        'priorities of its chairmanship.',
    ],
    dateline: 'KAZAN',
    publishedAt: '2024-10-22T09:50:00Z',
    authors: ['anna-keller', 'tomas-varga'],
    topics: ['diplomacy', 'trade'],
    people: ['vladimir-putin', 'xi-jinping', 'narendra-modi', 'luiz-inacio-lula-da-silva'],
    event: 'brics-summit-kazan-2024',
    statements: [],
  },
  {
    key: 'xi-modi-kazan-talks',
    title: 'Xi and Modi hold first formal talks in five years in Kazan',
    standfirst: 'The meeting followed an agreement on patrolling arrangements along the disputed border.',
    paragraphs: [
      'Xi Jinping and Narendra Modi held bilateral talks on the sidelines of the BRICS summit in ' +
        'Kazan on Wednesday, their first formal meeting in five years. It came two days after India ' +
        'announced an agreement with China on patrolling arrangements along the Line of Actual ' +
        'Control, the disputed frontier where troops of the two countries clashed in 2020.',
      'Modi said maintaining peace and stability on the border should remain the priority and ' +
        'that mutual trust, mutual respect and mutual sensitivity should be the basis of relations. ' +
        'Chinese state media reported that Xi called for the two countries to strengthen ' +
        'communication and cooperation and to handle their differences properly.',
      'India and China are the world’s two most populous countries and both are founding members ' +
        'of BRICS. Relations deteriorated sharply after the 2020 clashes in the Galwan valley, ' +
        'although trade between them continued to grow while political ties remained strained.',
    ],
    dateline: 'KAZAN',
    publishedAt: '2024-10-23T16:10:00Z',
    authors: ['tomas-varga'],
    topics: ['diplomacy'],
    people: ['xi-jinping', 'narendra-modi'],
    event: 'brics-summit-kazan-2024',
    statements: ['modi-kazan-border-2024'],
    relatedArticles: ['brics-kazan-summit-opens'],
  },
  {
    key: 'kazan-declaration-adopted',
    title: 'BRICS adopts Kazan Declaration and creates partner-country category',
    standfirst:
      'Putin said members were expanding the use of national currencies, while Xi described BRICS ' +
      'as a channel for cooperation among Global South countries.',
    paragraphs: [
      'BRICS leaders adopted the Kazan Declaration at their summit on Wednesday, setting out ' +
        'shared positions on the global economy, development and international institutions. They ' +
        'also agreed to create a category of partner countries for states seeking closer ' +
        'association with the group without full membership.',
      'Vladimir Putin told the meeting that BRICS members were steadily expanding the use of ' +
        'national currencies in their mutual trade and settlements. The declaration welcomed a ' +
        'voluntary BRICS cross-border payments initiative, but it did not launch a common currency ' +
        'or a single payment system, and members have differed on how far such projects should go.',
      'Xi Jinping said BRICS should be a primary channel for strengthening solidarity and ' +
        'cooperation among countries of the Global South, according to Chinese state media. Leaders ' +
        'of a wider group of countries, including Turkish President Recep Tayyip Erdoğan, were due ' +
        'to attend an expanded session on Thursday.',
    ],
    dateline: 'KAZAN',
    publishedAt: '2024-10-24T08:30:00Z',
    authors: ['anna-keller', 'daniel-osei'],
    topics: ['diplomacy', 'trade', 'technology'],
    people: ['vladimir-putin', 'xi-jinping', 'recep-tayyip-erdogan'],
    event: 'brics-summit-kazan-2024',
    statements: ['putin-kazan-national-currencies-2024', 'xi-kazan-global-south-2024'],
    relatedArticles: ['brics-kazan-summit-opens', 'explainer-national-currency-settlement'],
  },
  {
    key: 'trade-2024-record-244bn',
    title: 'China–Russia trade edges up 1.9% to record 244.81 bn dollars in 2024',
    standfirst: 'Growth slowed sharply after two years of double-digit gains, but turnover set another annual high.',
    paragraphs: [
      'Trade between China and Russia rose 1.9 per cent to a record 244.81 billion US dollars in ' +
        '2024, according to data published on Monday by China’s General Administration of Customs. ' +
        'It was the fourth consecutive annual increase and followed gains of 29.3 per cent in 2022 ' +
        'and 26.3 per cent in 2023.',
      'The figure is more than double the 2018 level of 107.06 billion dollars, the baseline ' +
        'against which the two governments set their goal of 200 billion dollars by 2024. That ' +
        'target was passed in November 2023, and annual trade has remained above it since.',
      'Analysts have linked the slowdown in growth to the high base left by two years of rapid ' +
        'expansion and to reported difficulties with cross-border payments after the United States ' +
        'widened the scope of secondary sanctions on foreign banks in December 2023. Energy ' +
        'continues to make up the bulk of Russia’s exports to China.',
    ],
    dateline: 'BEIJING',
    publishedAt: '2025-01-13T10:45:00Z',
    authors: ['daniel-osei'],
    topics: ['trade', 'energy'],
    people: [],
    statements: [],
    relatedArticles: ['trade-2023-record-240bn', 'trade-growth-slows-2024'],
    externalCoverage: [
      {
        outlet: 'The Moscow Times',
        title: 'China-Russia trade hit record high in 2024',
        url: 'https://www.themoscowtimes.com/2025/01/13/china-russia-trade-hit-record-high-in-2024-a87590',
        publishedAt: '2025-01-13',
      },
      {
        outlet: 'bne IntelliNews',
        title: 'Russo-China trade turnover rises 1.9% to $244.81bn in 2024',
        url: 'https://bne.eu/russo-china-trade-turnover-rises-1-9-to-244-81bn-in-2024-361098',
        publishedAt: '2025-01-13',
      },
    ],
    corrections: [
      {
        date: '2025-01-14',
        text:
          'An earlier version of this article gave the increase in 2024 turnover as 2.9 per cent. The ' +
          'correct figure, according to Chinese customs data, is 1.9 per cent.',
      },
    ],
  },
  {
    key: 'explainer-relationship-machinery',
    title: 'Explainer: the machinery behind Russia–China summitry',
    standfirst:
      'Leaders’ meetings set the tone, but much of the work is done by prime ministers, foreign ' +
      'ministers and intergovernmental commissions.',
    paragraphs: [
      'Relations between Russia and China are anchored by frequent contact between Vladimir Putin ' +
        'and Xi Jinping, who meet in person several times a year at state visits and at ' +
        'multilateral summits such as those of the Shanghai Cooperation Organisation and BRICS, and ' +
        'who also hold phone and video calls. Joint statements signed at their meetings set the ' +
        'overall direction of policy.',
      'Below the leaders, the heads of government hold regular meetings, a mechanism in place ' +
        'since the 1990s. Mikhail Mishustin, Russia’s prime minister since 2020, and Li Qiang, ' +
        'China’s premier since 2023, lead these talks, which review the work of intergovernmental ' +
        'commissions covering areas such as trade, investment, energy, transport and humanitarian ' +
        'cooperation.',
      'Foreign ministers Sergei Lavrov and Wang Yi meet frequently, both bilaterally and at ' +
        'multilateral gatherings, and their countries coordinate positions at the United Nations, ' +
        'where both are permanent members of the Security Council. On the Russian side, Deputy ' +
        'Prime Minister Alexander Novak oversees the fuel and energy sector, which accounts for ' +
        'much of Russia’s exports to China.',
      'Business deals are usually negotiated by state-linked companies and banks and are often ' +
        'announced or signed during leaders’ visits. As a result, the timing of headline ' +
        'agreements, such as those on gas supplies, frequently depends on the diplomatic calendar ' +
        'as well as on the progress of commercial negotiations.',
    ],
    dateline: 'MOSCOW',
    publishedAt: '2025-02-18T09:00:00Z',
    authors: ['anna-keller', 'mei-lin-zhou'],
    topics: ['diplomacy', 'trade', 'energy'],
    people: [
      'vladimir-putin',
      'xi-jinping',
      'mikhail-mishustin',
      'li-qiang',
      'sergei-lavrov',
      'wang-yi',
      'alexander-novak',
    ],
    statements: [],
  },
  {
    key: 'explainer-amur-bridges-logistics',
    title: 'Explainer: the Amur bridges and the land routes of Russia–China trade',
    standfirst:
      'Two bridges opened in 2022 added capacity to a border that long relied on a few rail ' +
      'crossings, ferries and seasonal routes.',
    paragraphs: [
      'Much of the roughly 4,200-kilometre border between Russia and China follows the Amur and ' +
        'Ussuri rivers, and for decades there was no permanent bridge across the Amur. Goods moved ' +
        'by rail through a small number of crossings, such as Zabaikalsk–Manzhouli, by ferry in ' +
        'summer and over pontoon or ice crossings in winter.',
      'In 2022 two bridges across the Amur opened to traffic. A road bridge links Blagoveshchensk ' +
        'in Russia’s Amur region with Heihe in China’s Heilongjiang province, and a railway bridge ' +
        'connects Nizhneleninskoye in Russia’s Jewish Autonomous Region with Tongjiang in ' +
        'Heilongjiang. Both projects had been discussed for many years before construction was ' +
        'completed.',
      'The bridges gained importance after 2022, when Russia redirected more of its trade towards ' +
        'Asia and European routes became harder to use. Rail capacity on the eastern border, Far ' +
        'Eastern ports such as Vladivostok, and crossings via Kazakhstan and Mongolia have all ' +
        'faced congestion at times as volumes rose.',
      'Logistics and transport are among the areas covered by the plan for economic cooperation ' +
        'until 2030 that the two leaders signed in Moscow in March 2023. Further expansion depends ' +
        'on investment in border checkpoints, faster customs procedures and the rail network of ' +
        'Russia’s Far East, including the Trans-Siberian and Baikal–Amur lines.',
    ],
    dateline: 'BLAGOVESHCHENSK',
    publishedAt: '2025-03-20T08:00:00Z',
    authors: ['anna-keller'],
    topics: ['infrastructure', 'trade'],
    people: [],
    statements: [],
    relatedArticles: ['explainer-northern-sea-route', 'putin-harbin-expo-2024'],
  },
  {
    key: 'xi-victory-day-moscow-2025',
    title: 'Xi visits Moscow for Victory Day commemorations',
    standfirst:
      'The Chinese leader held talks with Putin ahead of the parade marking the 80th anniversary ' +
      'of the end of the Second World War in Europe.',
    paragraphs: [
      'Xi Jinping held talks with Vladimir Putin in the Kremlin on Thursday during a state visit ' +
        'to Russia timed to coincide with commemorations of the 80th anniversary of victory in the ' +
        'Second World War in Europe. Xi is due to attend the Victory Day parade on Red Square on ' +
        'Friday as one of the principal foreign guests.',
      'The two leaders signed a joint statement on further deepening their comprehensive ' +
        'partnership and strategic interaction, according to the Kremlin. The visit is Xi’s third ' +
        'to Russia since 2023, after his state visit in March of that year and his attendance at ' +
        'the BRICS summit in Kazan in October 2024.',
      'The meeting came after trade between the two countries reached a record 244.81 billion ' +
        'dollars in 2024, according to Chinese customs data, although growth slowed to 1.9 per ' +
        'cent. Energy supplies, transport links and payments have remained the main practical items ' +
        'on the bilateral agenda.',
    ],
    dateline: 'MOSCOW',
    publishedAt: '2025-05-08T15:20:00Z',
    authors: ['anna-keller', 'mei-lin-zhou'],
    topics: ['diplomacy', 'trade'],
    people: ['xi-jinping', 'vladimir-putin'],
    statements: [],
    relatedArticles: ['trade-2024-record-244bn'],
  },
  {
    key: 'sco-tianjin-xi-modi',
    title: 'SCO summit opens in Tianjin as Xi and Modi meet',
    standfirst:
      'The Indian prime minister is making his first visit to China in seven years for what ' +
      'Beijing has billed as the largest summit in the organisation’s history.',
    paragraphs: [
      'Leaders of the Shanghai Cooperation Organisation gathered in the northern port city of ' +
        'Tianjin on Sunday for a summit on 31 August and 1 September, hosted by China as chair of ' +
        'the organisation. Chinese officials have described the meeting as the largest in the SCO’s ' +
        'history, with leaders of member, observer and dialogue-partner countries attending.',
      'Xi Jinping held talks with Narendra Modi, who is visiting China for the first time in ' +
        'seven years. Xi said the two countries should be partners rather than rivals and that the ' +
        'dragon and the elephant should come together, according to Chinese state media. Modi said ' +
        'India was committed to taking relations forward on the basis of mutual trust, respect and ' +
        'sensitivity.',
      'Vladimir Putin, Recep Tayyip Erdoğan and Kassym-Jomart Tokayev are among the other leaders ' +
        'attending. Putin is expected to travel on to Beijing after the summit for talks with Xi ' +
        'and for events marking the 80th anniversary of the end of the Second World War.',
    ],
    dateline: 'TIANJIN',
    publishedAt: '2025-08-31T14:30:00Z',
    authors: ['tomas-varga', 'mei-lin-zhou'],
    topics: ['diplomacy'],
    people: ['xi-jinping', 'narendra-modi', 'vladimir-putin', 'recep-tayyip-erdogan', 'kassym-jomart-tokayev'],
    event: 'sco-summit-tianjin-2025',
    statements: ['xi-modi-partners-2025', 'modi-tianjin-trust-2025'],
    relatedArticles: ['xi-modi-kazan-talks'],
  },
  {
    key: 'tianjin-declaration-global-governance',
    title: 'Xi proposes Global Governance Initiative as SCO adopts Tianjin Declaration',
    standfirst:
      'The summit closed with a declaration on the organisation’s priorities and a new Chinese ' +
      'proposal on reforming international institutions.',
    paragraphs: [
      'Xi Jinping proposed a Global Governance Initiative at an expanded “SCO Plus” meeting in ' +
        'Tianjin on Monday, saying China was ready to work with all countries towards a more just ' +
        'and equitable system of global governance. The proposal follows a series of global ' +
        'initiatives China has put forward in recent years on development, security and ' +
        'civilisation.',
      'Member states adopted the Tianjin Declaration, which sets out common positions on ' +
        'security, economic cooperation and international affairs. The SCO has ten full members: ' +
        'China, Russia, India, Pakistan, Iran, Belarus and the four Central Asian states of ' +
        'Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan.',
      'Member-state leaders at the summit included Vladimir Putin, Narendra Modi and ' +
        'Kassym-Jomart Tokayev, while Turkish President Recep Tayyip Erdoğan was among the leaders ' +
        'of dialogue-partner countries. Kyrgyzstan takes over the organisation’s rotating ' +
        'chairmanship from China. Putin was due to remain in China for a military parade in Beijing ' +
        'on 3 September marking the 80th anniversary of the end of the Second World War.',
    ],
    dateline: 'TIANJIN',
    publishedAt: '2025-09-01T13:00:00Z',
    authors: ['tomas-varga'],
    topics: ['diplomacy'],
    people: ['xi-jinping', 'vladimir-putin', 'narendra-modi', 'kassym-jomart-tokayev', 'recep-tayyip-erdogan'],
    event: 'sco-summit-tianjin-2025',
    statements: ['xi-global-governance-initiative-2025'],
    relatedArticles: ['sco-tianjin-xi-modi'],
  },
  {
    key: 'power-of-siberia-2-memorandum',
    title: 'Gazprom says Power of Siberia 2 memorandum signed as Putin and Xi meet in Beijing',
    standfirst:
      'The Russian gas company described the document as legally binding; commercial terms, ' +
      'including price, were not made public.',
    paragraphs: [
      'Gazprom said on Tuesday that a legally binding memorandum had been signed on the ' +
        'construction of the Power of Siberia 2 gas pipeline, which would carry gas from western ' +
        'Siberia to China through Mongolia. The announcement came as Vladimir Putin held talks with ' +
        'Xi Jinping in Beijing, the day after the Shanghai Cooperation Organisation summit in ' +
        'Tianjin.',
      'Details of the commercial terms, including price, were not made public. The pipeline, with ' +
        'a planned capacity of 50 billion cubic metres a year, has been under discussion for years, ' +
        'and pricing has been widely reported as the main obstacle to a final agreement.',
      'Putin said relations between Russia and China were at an unprecedentedly high level, ' +
        'according to the Kremlin. Gazprom also said it had agreed to increase planned supplies ' +
        'through the existing Power of Siberia pipeline and the Far Eastern route from Sakhalin, ' +
        'which is under development.',
      'For Russia, a second large pipeline to China would partly offset the loss of most of its ' +
        'pipeline gas sales to Europe since 2022. For China, it would add to a supply mix that ' +
        'already includes domestic production, imports of liquefied natural gas and pipelines from ' +
        'Central Asia and Myanmar.',
    ],
    dateline: 'BEIJING',
    publishedAt: '2025-09-02T16:40:00Z',
    authors: ['anna-keller'],
    topics: ['energy', 'infrastructure', 'diplomacy'],
    people: ['vladimir-putin', 'xi-jinping'],
    statements: ['putin-beijing-unprecedented-2025'],
    relatedArticles: ['explainer-power-of-siberia', 'putin-energy-supplies-2024'],
    corrections: [
      {
        date: '2025-09-03',
        text:
          'An earlier version of this article said the Power of Siberia 2 pipeline would cross ' +
          'Kazakhstan. The planned route runs through Mongolia.',
      },
    ],
  },
]
