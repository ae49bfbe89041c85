import type { SeedPerson } from './types'

export const people: SeedPerson[] = [
  {
    key: 'xi-jinping',
    name: 'Xi Jinping',
    role: 'President of the People’s Republic of China; General Secretary of the Communist Party of China',
    country: 'China',
    bio:
      'Xi Jinping has been General Secretary of the Communist Party of China since 2012 and ' +
      'President of the People’s Republic of China since 2013. He began a third presidential term ' +
      'in March 2023.',
  },
  {
    key: 'vladimir-putin',
    name: 'Vladimir Putin',
    role: 'President of the Russian Federation',
    country: 'Russia',
    bio:
      'Vladimir Putin has been President of Russia since 2012, having previously held the office ' +
      'from 2000 to 2008 and served as prime minister from 2008 to 2012. He began a fifth ' +
      'presidential term in May 2024.',
  },
  {
    key: 'li-qiang',
    name: 'Li Qiang',
    role: 'Premier of the State Council of the People’s Republic of China',
    country: 'China',
    bio:
      'Li Qiang became Premier of China’s State Council in March 2023. He previously served as ' +
      'Communist Party Secretary of Shanghai from 2017 to 2022.',
  },
  {
    key: 'mikhail-mishustin',
    name: 'Mikhail Mishustin',
    role: 'Prime Minister of the Russian Federation',
    country: 'Russia',
    bio:
      'Mikhail Mishustin has been Prime Minister of Russia since January 2020. He previously ' +
      'headed the Federal Tax Service from 2010 to 2020.',
  },
  {
    key: 'wang-yi',
    name: 'Wang Yi',
    role: 'Minister of Foreign Affairs of China; Director of the Office of the Central Foreign Affairs Commission',
    country: 'China',
    bio:
      'Wang Yi has directed the Office of the Communist Party’s Central Foreign Affairs ' +
      'Commission since early 2023 and returned as foreign minister in July 2023. He first served ' +
      'as foreign minister from 2013 to 2022.',
  },
  {
    key: 'sergei-lavrov',
    name: 'Sergei Lavrov',
    role: 'Minister of Foreign Affairs of the Russian Federation',
    country: 'Russia',
    bio:
      'Sergei Lavrov has been Russia’s foreign minister since 2004. He was previously Russia’s ' +
      'permanent representative to the United Nations from 1994 to 2004.',
  },
  {
    key: 'alexander-novak',
    name: 'Alexander Novak',
    role: 'Deputy Prime Minister of the Russian Federation',
    country: 'Russia',
    bio:
      'Alexander Novak has been a deputy prime minister of Russia since November 2020, overseeing ' +
      'the fuel and energy sector. He was previously energy minister from 2012 to 2020.',
  },
  {
    key: 'narendra-modi',
    name: 'Narendra Modi',
    role: 'Prime Minister of India',
    country: 'India',
    bio:
      'Narendra Modi has been Prime Minister of India since 2014. He previously served as Chief ' +
      'Minister of Gujarat from 2001 to 2014.',
  },
  {
    key: 'kassym-jomart-tokayev',
    name: 'Kassym-Jomart Tokayev',
    role: 'President of the Republic of Kazakhstan',
    country: 'Kazakhstan',
    bio:
      'Kassym-Jomart Tokayev has been President of Kazakhstan since 2019. He previously served as ' +
      'the country’s foreign minister and prime minister, and as Director-General of the United ' +
      'Nations Office at Geneva.',
  },
  {
    key: 'recep-tayyip-erdogan',
    name: 'Recep Tayyip Erdoğan',
    role: 'President of the Republic of Türkiye',
    country: 'Türkiye',
    bio:
      'Recep Tayyip Erdoğan has been President of Türkiye since 2014, after serving as prime ' +
      'minister from 2003 to 2014.',
  },
  {
    key: 'luiz-inacio-lula-da-silva',
    name: 'Luiz Inácio Lula da Silva',
    role: 'President of the Federative Republic of Brazil',
    country: 'Brazil',
    bio:
      'Luiz Inácio Lula da Silva began his third term as President of Brazil in January 2023. He ' +
      'previously held the office from 2003 to 2010.',
  },
]
