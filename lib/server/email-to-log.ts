import type { EmailAdapter } from 'payload'

import { SITE_NAME } from '../site'

/**
 * The newsroom sends no mail: a message Payload would send (a password reset) is noted in the
 * server's log and not sent. Payload does the same without an adapter, but warns about it at
 * every start; choosing it here says it is intended. Swap in a mail adapter to send them.
 */
export const emailToLog: EmailAdapter = ({ payload }) => ({
  name: 'log',
  defaultFromAddress: 'newsroom@summitwire.localhost',
  defaultFromName: SITE_NAME,
  sendEmail: async (message) => {
    const to = [message.to]
      .flat()
      .map((address) => (typeof address === 'string' ? address : address?.address))
      .join(', ')
    payload.logger.info(
      `Email is not set up, so this was not sent: to ${to}, subject "${String(message.subject ?? '')}".`,
    )
  },
})
