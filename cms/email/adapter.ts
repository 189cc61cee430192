import fs from 'node:fs';
import path from 'node:path';
import { nodemailerAdapter } from '@payloadcms/email-nodemailer';
import nodemailer, { type Transport } from 'nodemailer';
import type { EmailAdapter } from 'payload';
import { dataDir } from '../env';

const FROM_ADDRESS = () => process.env.EMAIL_FROM ?? 'baza-wiedzy@uml.lodz.pl';
const FROM_NAME = 'Baza wiedzy o procedurach';

/** Where development and tests keep sent mail: `data/outbox/*.eml` (+ `.json` summary). */
export function outboxDir(): string {
  return path.join(dataDir(), 'outbox');
}

/**
 * A nodemailer transport that writes each message to the outbox instead of sending it, so that
 * in development and tests every notification can be opened and read.
 */
function outboxTransport(): Transport {
  let sequence = 0;
  return {
    name: 'outbox',
    version: '1',
    send(mail, callback) {
      const stream = mail.message.createReadStream();
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', (error: Error) => callback(error, undefined as never));
      stream.on('end', () => {
        try {
          const dir = outboxDir();
          fs.mkdirSync(dir, { recursive: true });
          const base = `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}-${++sequence}`;
          fs.writeFileSync(path.join(dir, `${base}.eml`), Buffer.concat(chunks));
          const { to, subject, text } = mail.data;
          fs.writeFileSync(path.join(dir, `${base}.json`), `${JSON.stringify({ to, subject, text }, null, 2)}\n`);
          callback(null, { envelope: mail.message.getEnvelope(), messageId: mail.message.messageId() } as never);
        } catch (error) {
          callback(error as Error, undefined as never);
        }
      });
    },
  };
}

/** SMTP when `SMTP_URL` is set (production); otherwise the outbox folder. */
export function emailAdapter(): Promise<EmailAdapter> {
  const smtp = process.env.SMTP_URL;
  return nodemailerAdapter({
    defaultFromAddress: FROM_ADDRESS(),
    defaultFromName: FROM_NAME,
    skipVerify: true,
    transport: smtp ? nodemailer.createTransport(smtp) : nodemailer.createTransport(outboxTransport()),
  });
}
