import type { SeedIndicator } from './types'

export const indicators: SeedIndicator[] = [
  {
    key: 'russia-china-trade-turnover',
    name: 'Russia–China trade turnover (USD bn)',
    unit: 'USD bn',
    source: 'General Administration of Customs of the People’s Republic of China',
    points: [
      { period: '2018', value: 107.06, note: 'Baseline of about 100 bn from which the 200 bn target was set in 2019' },
      { period: '2019', value: 110.76 },
      { period: '2020', value: 107.77 },
      { period: '2021', value: 146.88 },
      { period: '2022', value: 190.27, note: '+29.3%' },
      { period: '2023', value: 240.11, note: '+26.3%; the 200 bn target was passed in November 2023' },
      { period: '2024', value: 244.81, note: '+1.9%' },
    ],
    target: { value: 200, label: '200 bn target (by 2024)' },
  },
]
