import type { SeedEvent } from './types'

export const events: SeedEvent[] = [
  {
    key: 'xi-state-visit-moscow-2023',
    name: 'Xi Jinping’s state visit to Russia',
    kind: 'state-visit',
    startDate: '2023-03-20',
    endDate: '2023-03-22',
    city: 'Moscow',
    country: 'Russia',
    participants: ['xi-jinping', 'vladimir-putin'],
    summary:
      'Xi Jinping’s state visit to Russia, his first trip abroad after beginning a third term as China’s president, centred on talks with Vladimir Putin in the Kremlin.',
    outcomes: [
      'The two leaders signed a joint statement on deepening the comprehensive partnership and strategic interaction between Russia and China in a new era.',
      'The two leaders signed a joint statement on a plan to develop key areas of Russian–Chinese economic cooperation until 2030.',
    ],
  },
  {
    key: 'belt-and-road-forum-2023',
    name: 'Third Belt and Road Forum for International Cooperation',
    kind: 'forum',
    startDate: '2023-10-17',
    endDate: '2023-10-18',
    city: 'Beijing',
    country: 'China',
    participants: ['xi-jinping', 'vladimir-putin'],
    summary:
      'The third Belt and Road Forum marked ten years since Xi Jinping proposed the initiative. Vladimir Putin attended, addressed the opening ceremony and held talks with Xi on 18 October.',
    outcomes: [
      'Xi Jinping announced eight steps to support what Beijing terms high-quality Belt and Road cooperation.',
    ],
  },
  {
    key: 'putin-state-visit-china-2024',
    name: 'Vladimir Putin’s state visit to China',
    kind: 'state-visit',
    startDate: '2024-05-16',
    endDate: '2024-05-17',
    city: 'Beijing',
    country: 'China',
    participants: ['vladimir-putin', 'xi-jinping'],
    summary:
      'Vladimir Putin’s first foreign trip after beginning his fifth presidential term, with talks with Xi Jinping in Beijing on 16 May and a visit to Harbin on 17 May.',
    outcomes: [
      'The two leaders signed a joint statement on deepening their comprehensive partnership and strategic interaction in the new era, in the context of the 75th anniversary of diplomatic relations.',
      'Putin attended the opening of the eighth Russia–China Expo in Harbin.',
    ],
  },
  {
    key: 'sco-summit-astana-2024',
    name: 'Shanghai Cooperation Organisation summit, Astana',
    kind: 'summit',
    startDate: '2024-07-03',
    endDate: '2024-07-04',
    city: 'Astana',
    country: 'Kazakhstan',
    participants: ['kassym-jomart-tokayev', 'xi-jinping', 'vladimir-putin', 'recep-tayyip-erdogan'],
    summary:
      'Meeting of the SCO Council of Heads of State hosted by Kazakhstan at the end of its chairmanship, followed by an expanded session with observer and dialogue-partner countries.',
    outcomes: [
      'Belarus was admitted as the organisation’s tenth full member.',
      'Leaders adopted the Astana Declaration.',
    ],
  },
  {
    key: 'brics-summit-kazan-2024',
    name: 'BRICS summit, Kazan',
    kind: 'summit',
    startDate: '2024-10-22',
    endDate: '2024-10-24',
    city: 'Kazan',
    country: 'Russia',
    participants: ['vladimir-putin', 'xi-jinping', 'narendra-modi', 'recep-tayyip-erdogan'],
    summary:
      'The sixteenth BRICS summit, hosted by Russia as chair, was the first since Egypt, Ethiopia, Iran and the United Arab Emirates joined the group. Brazil’s president took part by video link.',
    outcomes: [
      'Leaders adopted the Kazan Declaration.',
      'Members agreed to create a category of BRICS partner countries.',
    ],
  },
  {
    key: 'sco-summit-tianjin-2025',
    name: 'Shanghai Cooperation Organisation summit, Tianjin',
    kind: 'summit',
    startDate: '2025-08-31',
    endDate: '2025-09-01',
    city: 'Tianjin',
    country: 'China',
    participants: ['xi-jinping', 'vladimir-putin', 'narendra-modi', 'kassym-jomart-tokayev', 'recep-tayyip-erdogan'],
    summary:
      'SCO summit hosted by China as chair, followed by an expanded “SCO Plus” meeting. Chinese officials described it as the largest gathering in the organisation’s history.',
    outcomes: [
      'Member states adopted the Tianjin Declaration.',
      'Xi Jinping proposed a Global Governance Initiative at the SCO Plus meeting.',
    ],
  },
]
