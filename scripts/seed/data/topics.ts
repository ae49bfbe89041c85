import type { SeedTopic } from './types'

export const topics: SeedTopic[] = [
  {
    key: 'trade',
    name: 'Trade',
    description:
      'Cross-border trade in goods and services, customs data, and the payments and settlement currencies that underpin it.',
  },
  {
    key: 'energy',
    name: 'Energy',
    description:
      'Oil, gas, coal and power cooperation, including pipelines, liquefied natural gas and long-term supply contracts.',
  },
  {
    key: 'infrastructure',
    name: 'Infrastructure',
    description:
      'Transport corridors, border crossings, pipelines, ports and the logistics networks that connect Eurasian economies.',
  },
  {
    key: 'technology',
    name: 'Technology',
    description:
      'Industrial and scientific cooperation, including vehicles, machinery, electronics, payment systems and research.',
  },
  {
    key: 'diplomacy',
    name: 'Diplomacy',
    description:
      'Summits, state visits, leaders’ talks and the multilateral forums that shape relations across Eurasia.',
  },
]
