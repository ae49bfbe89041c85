import type { SeedStatement } from './types'

/**
 * Every entry is a neutral paraphrase of a publicly reported position (paraphrase: true).
 * None of these strings is a verbatim quotation.
 */
export const statements: SeedStatement[] = [
  // Xi Jinping’s state visit to Russia, March 2023
  {
    key: 'xi-trade-record-levels',
    speaker: 'xi-jinping',
    quote: 'Bilateral trade has reached record levels and is steadily moving toward the agreed objective.',
    paraphrase: true,
    context:
      'Reported speech from Xi Jinping’s talks with Vladimir Putin in Beijing, in the wording of the report on the talks rather than a verbatim quotation.',
    date: '2024-05-16',
    event: 'putin-state-visit-china-2024',
    topics: ['trade'],
  },
  {
    key: 'putin-trade-200bn-2023',
    speaker: 'vladimir-putin',
    quote:
      'Trade between Russia and China is on course to reach 200 billion dollars in 2023, ahead of the date the two sides had set.',
    paraphrase: true,
    context: 'Paraphrase of Putin’s public remarks on the second day of his talks with Xi Jinping in the Kremlin.',
    date: '2023-03-21',
    event: 'xi-state-visit-moscow-2023',
    topics: ['trade'],
    sourceOutlet: 'Kremlin readout',
  },
  {
    key: 'putin-national-currencies-2023',
    speaker: 'vladimir-putin',
    quote:
      'Two-thirds of Russia–China trade is already settled in roubles and yuan, and Russia supports wider use of the yuan in settlements with countries in Asia, Africa and Latin America.',
    paraphrase: true,
    context: 'Paraphrase of Putin’s public remarks on the second day of his talks with Xi Jinping in the Kremlin.',
    date: '2023-03-21',
    event: 'xi-state-visit-moscow-2023',
    topics: ['trade'],
    sourceOutlet: 'Kremlin readout',
  },
  {
    key: 'putin-power-of-siberia-2-2023',
    speaker: 'vladimir-putin',
    quote:
      'Energy remains a central area of cooperation with China, and work on the proposed Power of Siberia 2 gas pipeline through Mongolia has advanced.',
    paraphrase: true,
    context: 'Paraphrase of Putin’s public remarks on the second day of his talks with Xi Jinping in the Kremlin.',
    date: '2023-03-21',
    event: 'xi-state-visit-moscow-2023',
    topics: ['energy', 'infrastructure'],
    sourceOutlet: 'Kremlin readout',
  },
  {
    key: 'xi-comprehensive-partners-2023',
    speaker: 'xi-jinping',
    quote:
      'China and Russia are each other’s biggest neighbours and comprehensive strategic partners of coordination, and both treat the relationship as a high priority in their foreign policy.',
    paraphrase: true,
    context:
      'Paraphrase of Xi’s remarks at his first meeting with Vladimir Putin in the Kremlin on 20 March, as reported by Xinhua.',
    date: '2023-03-20',
    event: 'xi-state-visit-moscow-2023',
    topics: ['diplomacy'],
    sourceOutlet: 'Xinhua',
  },
  {
    key: 'lula-shanghai-currencies-2023',
    speaker: 'luiz-inacio-lula-da-silva',
    quote:
      'Countries should be able to trade with one another in their own currencies rather than having to rely on the US dollar.',
    paraphrase: true,
    context:
      'Paraphrase of Lula’s remarks at the New Development Bank in Shanghai, during the inauguration of Dilma Rousseff as the bank’s president.',
    date: '2023-04-13',
    topics: ['trade'],
  },
  // Third Belt and Road Forum, October 2023
  {
    key: 'xi-brf-eight-steps',
    speaker: 'xi-jinping',
    quote:
      'China will take eight steps to support high-quality Belt and Road cooperation, beginning with building a multidimensional connectivity network.',
    paraphrase: true,
    context: 'Paraphrase of Xi’s keynote speech at the opening ceremony of the third Belt and Road Forum.',
    date: '2023-10-18',
    event: 'belt-and-road-forum-2023',
    topics: ['infrastructure', 'diplomacy'],
    sourceOutlet: 'Xinhua',
  },
  {
    key: 'putin-brf-eurasian-integration',
    speaker: 'vladimir-putin',
    quote:
      'Russia sees the Belt and Road Initiative as consistent with its plans for Eurasian integration, including the idea of a Greater Eurasian Partnership.',
    paraphrase: true,
    context: 'Paraphrase of Putin’s speech at the opening ceremony of the third Belt and Road Forum.',
    date: '2023-10-18',
    event: 'belt-and-road-forum-2023',
    topics: ['infrastructure', 'diplomacy'],
    sourceOutlet: 'Kremlin transcript',
  },
  {
    key: 'putin-brf-northern-sea-route',
    speaker: 'vladimir-putin',
    quote:
      'The Northern Sea Route can become a competitive international transport corridor, and Russia would welcome interested countries’ participation in developing it.',
    paraphrase: true,
    context: 'Paraphrase of Putin’s speech at the opening ceremony of the third Belt and Road Forum.',
    date: '2023-10-18',
    event: 'belt-and-road-forum-2023',
    topics: ['infrastructure', 'trade'],
    sourceOutlet: 'Kremlin transcript',
  },
  // Putin’s state visit to China, May 2024
  {
    key: 'putin-rouble-yuan-90pct-2024',
    speaker: 'vladimir-putin',
    quote: 'Some 90 per cent of payments between Russia and China are now made in roubles and yuan.',
    paraphrase: true,
    context: 'Paraphrase of Putin’s remarks to Xi Jinping at their talks in Beijing.',
    date: '2024-05-16',
    event: 'putin-state-visit-china-2024',
    topics: ['trade'],
    sourceOutlet: 'Kremlin readout',
  },
  {
    key: 'xi-75-years-2024',
    speaker: 'xi-jinping',
    quote:
      'Over 75 years of diplomatic relations the China–Russia relationship has grown stronger, and its stable development serves the fundamental interests of both countries and their peoples.',
    paraphrase: true,
    context:
      'Paraphrase of Xi’s remarks after talks with Vladimir Putin in Beijing, as reported by Chinese state media.',
    date: '2024-05-16',
    event: 'putin-state-visit-china-2024',
    topics: ['diplomacy'],
    sourceOutlet: 'Xinhua',
  },
  {
    key: 'putin-energy-supplies-2024',
    speaker: 'vladimir-putin',
    quote:
      'Russia is ready and able to supply China’s economy, businesses, cities and towns with clean, affordable energy reliably and without interruption.',
    paraphrase: true,
    context: 'Paraphrase of Putin’s speech at the opening of the eighth Russia–China Expo in Harbin.',
    date: '2024-05-17',
    event: 'putin-state-visit-china-2024',
    topics: ['energy'],
    sourceOutlet: 'Kremlin transcript',
  },
  // SCO summit, Astana, July 2024
  {
    key: 'putin-best-period-astana-2024',
    speaker: 'vladimir-putin',
    quote:
      'Russian–Chinese relations of comprehensive partnership and strategic interaction are going through the best period in their history.',
    paraphrase: true,
    context: 'Paraphrase of Putin’s opening remarks at his meeting with Xi Jinping on the sidelines of the SCO summit.',
    date: '2024-07-03',
    event: 'sco-summit-astana-2024',
    topics: ['diplomacy'],
    sourceOutlet: 'Kremlin readout',
  },
  {
    key: 'tokayev-astana-dialogue-2024',
    speaker: 'kassym-jomart-tokayev',
    quote: 'The SCO should strengthen multilateral dialogue in pursuit of sustainable peace and development.',
    paraphrase: true,
    context: 'Paraphrase of the host’s message at the summit, which took the theme of Kazakhstan’s chairmanship.',
    date: '2024-07-04',
    event: 'sco-summit-astana-2024',
    topics: ['diplomacy'],
  },
  // BRICS summit, Kazan, October 2024
  {
    key: 'putin-kazan-national-currencies-2024',
    speaker: 'vladimir-putin',
    quote: 'BRICS members are steadily expanding the use of national currencies in their mutual trade and settlements.',
    paraphrase: true,
    context: 'Paraphrase of Putin’s remarks to BRICS leaders as host of the summit.',
    date: '2024-10-23',
    event: 'brics-summit-kazan-2024',
    topics: ['trade'],
    sourceOutlet: 'Kremlin transcript',
  },
  {
    key: 'xi-kazan-global-south-2024',
    speaker: 'xi-jinping',
    quote:
      'BRICS should be a primary channel for strengthening solidarity and cooperation among countries of the Global South.',
    paraphrase: true,
    context: 'Paraphrase of Xi’s speech to the BRICS summit, as reported by Chinese state media.',
    date: '2024-10-23',
    event: 'brics-summit-kazan-2024',
    topics: ['diplomacy'],
    sourceOutlet: 'Xinhua',
  },
  {
    key: 'modi-kazan-border-2024',
    speaker: 'narendra-modi',
    quote:
      'Maintaining peace and stability on the border should remain the priority, and mutual trust, mutual respect and mutual sensitivity should be the basis of India–China relations.',
    paraphrase: true,
    context:
      'Paraphrase of Modi’s remarks at his bilateral meeting with Xi Jinping on the sidelines of the BRICS summit.',
    date: '2024-10-23',
    event: 'brics-summit-kazan-2024',
    topics: ['diplomacy'],
  },
  // SCO summit, Tianjin, August–September 2025
  {
    key: 'xi-modi-partners-2025',
    speaker: 'xi-jinping',
    quote:
      'China and India should be partners rather than rivals, and the dragon and the elephant should come together.',
    paraphrase: true,
    context:
      'Paraphrase of Xi’s remarks at his meeting with Narendra Modi in Tianjin, as reported by Chinese state media.',
    date: '2025-08-31',
    event: 'sco-summit-tianjin-2025',
    topics: ['diplomacy'],
    sourceOutlet: 'Xinhua',
  },
  {
    key: 'modi-tianjin-trust-2025',
    speaker: 'narendra-modi',
    quote:
      'India is committed to taking its relations with China forward on the basis of mutual trust, respect and sensitivity.',
    paraphrase: true,
    context: 'Paraphrase of Modi’s remarks at his meeting with Xi Jinping in Tianjin.',
    date: '2025-08-31',
    event: 'sco-summit-tianjin-2025',
    topics: ['diplomacy'],
  },
  {
    key: 'xi-global-governance-initiative-2025',
    speaker: 'xi-jinping',
    quote:
      'China proposes a Global Governance Initiative and is ready to work with all countries towards a more just and equitable global governance system.',
    paraphrase: true,
    context: 'Paraphrase of Xi’s speech at the SCO Plus meeting in Tianjin, as reported by Chinese state media.',
    date: '2025-09-01',
    event: 'sco-summit-tianjin-2025',
    topics: ['diplomacy'],
    sourceOutlet: 'Xinhua',
  },
  {
    key: 'putin-beijing-unprecedented-2025',
    speaker: 'vladimir-putin',
    quote: 'Relations between Russia and China are at an unprecedentedly high level.',
    paraphrase: true,
    context:
      'Paraphrase of Putin’s opening remarks at talks with Xi Jinping in Beijing on the day after the SCO summit in Tianjin.',
    date: '2025-09-02',
    topics: ['diplomacy'],
    sourceOutlet: 'Kremlin readout',
  },
]
