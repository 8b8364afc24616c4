import { SMTPServer } from 'smtp-server'
import { freePort } from '../../search/launcher'

export interface ReceivedMail {
  messageId: string
  to: string[]
  subject: string
}

export interface SmtpSink {
  url: string
  received: ReceivedMail[]
  close: () => Promise<void>
}

function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/, 1)[0].replace(/\r?\n[ \t]+/g, ' ')
  return new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? ''
}

/** A local SMTP server that accepts every mail and keeps its Message-ID, recipients and subject. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ReceivedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 5 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        received.push({ messageId: header(raw, 'Message-ID'), to: session.envelope.rcptTo.map((r) => r.address), subject: header(raw, 'Subject') })
        callback()
      })
    },
  })
  const port = await freePort()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

/** How often each Message-ID arrived. */
export function countByMessageId(received: ReceivedMail[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const mail of received) counts.set(mail.messageId, (counts.get(mail.messageId) ?? 0) + 1)
  return counts
}
