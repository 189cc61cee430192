import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocx, makePdf } from '../../cms/seed/documentFiles';
import { api, fieldErrors } from '../support/http';
import { createStaff, type Staff } from '../support/staff';
import { startTestServer, type TestServer } from '../support/testServer';

/** Uploads over HTTP, as the admin form sends them (multipart with `_payload`). */
describe('attachments are checked from their bytes', () => {
  let server: TestServer;
  let staff: Staff;

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    staff = await createStaff(server.payload, server.baseUrl);
  });
  afterAll(async () => {
    await server?.close();
  });

  const upload = (bytes: Uint8Array, name: string, type: string) => {
    const form = new FormData();
    form.append('file', new Blob([Buffer.from(bytes)], { type }), name);
    form.append('_payload', JSON.stringify({ title: `Dokument ${name}` }));
    return api(server.baseUrl, '/api/documents', { token: staff.tokens.editor, body: form, method: 'POST' });
  };

  it('accepts a real PDF and a real DOCX form, recording the type found in the bytes', async () => {
    const pdf = await upload(await makePdf('Klauzula informacyjna', ['Treść.']), 'klauzula.pdf', 'application/pdf');
    expect(pdf.status, pdf.text).toBe(201);
    expect((pdf.body as { doc: { mimeType: string } }).doc.mimeType).toBe('application/pdf');
    const docx = await upload(await makeDocx('Wniosek', ['Imię i nazwisko']), 'wniosek.docx', 'application/octet-stream');
    expect(docx.status, docx.text).toBe(201);
    expect((docx.body as { doc: { mimeType: string } }).doc.mimeType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });

  it('rejects a PNG named .pdf and declared as PDF, with a Polish message', async () => {
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4b00000000049454e44ae426082',
      'hex',
    );
    const response = await upload(png, 'wniosek.pdf', 'application/pdf');
    expect(response.status, response.text).toBe(400);
    expect(fieldErrors(response.body)).toEqual([
      {
        path: 'file',
        message: 'Niedozwolony typ pliku (png). Dozwolone są pliki PDF, a dla formularzy do wypełnienia także DOC, DOCX i RTF.',
      },
    ]);
  });

  it('rejects a script renamed to .docx', async () => {
    const response = await upload(
      Buffer.from('#!/bin/sh\necho pwned\n'),
      'wniosek.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(response.status, response.text).toBe(400);
    expect(fieldErrors(response.body)).toEqual([
      {
        path: 'file',
        message: 'Niedozwolony typ pliku (nieznany). Dozwolone są pliki PDF, a dla formularzy do wypełnienia także DOC, DOCX i RTF.',
      },
    ]);
  });

  it('does not let call-center staff or anonymous readers upload', async () => {
    const form = new FormData();
    form.append('file', new Blob([Buffer.from(await makePdf('x', ['y']))], { type: 'application/pdf' }), 'x.pdf');
    form.append('_payload', JSON.stringify({ title: 'x' }));
    expect((await api(server.baseUrl, '/api/documents', { token: staff.tokens['call-center'], body: form, method: 'POST' })).status).toBe(
      403,
    );
    expect((await api(server.baseUrl, '/api/documents', { body: form, method: 'POST' })).status).toBe(403);
  });
});
