import type { SeedAuthor } from './types'

export const authors: SeedAuthor[] = [
  {
    key: 'anna-keller',
    name: 'Anna Keller',
    bio: 'Anna Keller is Summit Wire’s Moscow correspondent, covering the Kremlin, the Russian economy and energy policy.',
  },
  {
    key: 'daniel-osei',
    name: 'Daniel Osei',
    bio: 'Daniel Osei is Summit Wire’s economics editor, covering trade data, payments and markets across Eurasia.',
  },
  {
    key: 'mei-lin-zhou',
    name: 'Mei Lin Zhou',
    bio: 'Mei Lin Zhou is Summit Wire’s Beijing correspondent, covering Chinese foreign policy and the Belt and Road Initiative.',
  },
  {
    key: 'tomas-varga',
    name: 'Tomas Varga',
    bio: 'Tomas Varga covers multilateral diplomacy for Summit Wire from Astana, including the Shanghai Cooperation Organisation and BRICS.',
  },
]
