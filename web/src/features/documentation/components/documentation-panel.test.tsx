import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { fakeApi, fail, ok, page } from '@/testing/fake-api';
import { renderRoutes, signIn } from '@/testing/render';

import { attachment, document, documentSummary, project } from '../testing/documentation-fixtures';
import { DocumentationPanel } from './documentation-panel';

function renderDocs(url = '/projects/p-1/docs', role: 'owner' | 'viewer' = 'owner') {
  return renderRoutes([{ path: '/projects/:projectId/docs', element: <DocumentationPanel project={project({ role })} /> }], url);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('DocumentationPanel', () => {
  it('lists the pages with when and by whom they were last saved', async () => {
    signIn('user');
    fakeApi().get('/projects/p-1/documents', ok(page([documentSummary(), documentSummary({ id: 'd-2', title: 'Runbook', updatedBy: 'someone-else' })])));
    renderDocs();

    const table = await screen.findByRole('table', { name: 'Documentation pages' });
    expect(within(table).getByRole('link', { name: 'Getting started' })).toHaveAttribute('href', '/projects/p-1/docs?doc=d-1');
    expect(within(table).getByText('you')).toBeInTheDocument();
    expect(within(table).getByText('someone-else')).toBeInTheDocument();
  });

  it('says when there are no pages, and offers a viewer no way to write one', async () => {
    signIn('user');
    fakeApi().get('/projects/p-1/documents', ok(page([])));
    renderDocs('/projects/p-1/docs', 'viewer');

    expect(await screen.findByText('No pages yet')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New page' })).not.toBeInTheDocument();
  });

  it('creates a page after checking the form, previewing the markdown as it is typed', async () => {
    signIn('user');
    const server = fakeApi();
    server.post('/projects/p-1/documents', ({ body }) => ok(document({ ...(body as object), id: 'd-9' }), 201));
    server.get('/documentation/d-9', ok(document({ id: 'd-9', title: 'Runbook', content: '## Steps' })));
    const { user, router } = renderDocs('/projects/p-1/docs?view=new');

    await user.click(await screen.findByRole('button', { name: 'Create page' }));
    expect(await screen.findByText('Give the page a title')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Title'), 'Runbook');
    await user.type(screen.getByLabelText('Content (markdown)'), '## Steps');
    expect(await within(screen.getByRole('region', { name: 'Preview' })).findByRole('heading', { name: 'Steps', level: 2 })).toBeInTheDocument();
    expect(screen.getByText('8 B of 200 KB')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create page' }));

    expect(await screen.findByText('Page created.')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?doc=d-9');
    expect(server.seen('POST', '/projects/p-1/documents')[0]?.body).toEqual({ title: 'Runbook', content: '## Steps' });
  });

  it('refuses a page over 200 KB before sending it', async () => {
    signIn('user');
    const server = fakeApi();
    const { user } = renderDocs('/projects/p-1/docs?view=new');

    await user.type(await screen.findByLabelText('Title'), 'Huge');
    const content = screen.getByLabelText('Content (markdown)');
    await user.click(content);
    await user.paste('é'.repeat(100 * 1024 + 1));
    expect(screen.getByText(/of 200 KB: too long to save/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create page' }));

    expect(await screen.findByText('At most 200 KB of markdown')).toBeInTheDocument();
    expect(server.seen('POST', '/projects/p-1/documents')).toHaveLength(0);
  });

  it('renders a page safely, and saves an edit as its next version', async () => {
    signIn('user');
    const server = fakeApi();
    let current = document({ content: '# Welcome\n\n<script>alert(1)</script>\n\n[bad](javascript:alert(1))' });
    server.get('/documentation/d-1', () => ok(current));
    server.put('/documentation/d-1', ({ body }) => {
      current = document({ ...(body as object), version: 2 });
      return ok(current);
    });
    const { user, container } = renderDocs('/projects/p-1/docs?doc=d-1');

    expect(await screen.findByRole('heading', { name: 'Welcome', level: 1 })).toBeInTheDocument();
    expect(container.querySelector('script')).toBeNull();
    expect(screen.getByText('bad').closest('a')).toBeNull();

    await user.click(screen.getByRole('link', { name: 'Edit' }));
    const content = await screen.findByLabelText('Content (markdown)');
    await user.clear(content);
    await user.type(content, 'Updated');
    await user.click(screen.getByRole('button', { name: 'Save as new version' }));

    expect(await screen.findByText('Saved as version 2.')).toBeInTheDocument();
    expect(screen.getByText(/^Version 2, updated/)).toBeInTheDocument();
    expect(server.seen('PUT', '/documentation/d-1')[0]?.body).toEqual({ title: 'Getting started', content: 'Updated' });
  });

  it('shows the history and an old version as it was', async () => {
    signIn('user');
    const server = fakeApi();
    server.get('/documentation/d-1', ok(document({ version: 2 })));
    server.get('/documentation/d-1/versions', ok(page([
      { version: 2, title: 'Getting started', createdAt: '2026-11-29T11:00:00.000Z', createdBy: 'user-id' },
      { version: 1, title: 'Draft', createdAt: '2026-11-29T10:00:00.000Z', createdBy: 'user-id' },
    ])));
    server.get('/documentation/d-1/versions/1', ok({ version: 1, title: 'Draft', content: '*first words*', createdAt: '2026-11-29T10:00:00.000Z', createdBy: 'user-id' }));
    server.get('/documentation/d-1/versions/2', ok({ version: 2, title: 'Getting started', content: 'now', createdAt: '2026-11-29T11:00:00.000Z', createdBy: 'user-id' }));
    const { user } = renderDocs('/projects/p-1/docs?doc=d-1&view=history');

    const versions = await screen.findByRole('list', { name: 'Versions, newest first' });
    expect(within(versions).getAllByRole('link')).toHaveLength(2);
    await user.click(within(versions).getByRole('link', { name: /Version 1/ }));

    const old = await screen.findByRole('article', { name: 'Version 1' });
    expect(await within(old).findByText('first words')).toBeInTheDocument();
    expect(within(old).getByRole('heading', { name: 'Draft' })).toBeInTheDocument();
  });

  it('says a page that is gone was not found', async () => {
    signIn('user');
    fakeApi().get('/documentation/d-1', fail(404, 'NOT_FOUND', 'Document not found'));
    renderDocs('/projects/p-1/docs?doc=d-1');

    expect(await screen.findByText('Page not found')).toBeInTheDocument();
  });

  it('does not show another project’s page under this project', async () => {
    signIn('user');
    fakeApi().get('/documentation/d-1', ok(document({ projectId: 'p-2' })));
    renderDocs('/projects/p-1/docs?doc=d-1');

    expect(await screen.findByText('Page not found')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Welcome' })).not.toBeInTheDocument();
  });

  it('deletes a page after asking, and goes back to the list', async () => {
    signIn('user');
    const server = fakeApi();
    server.get('/documentation/d-1', ok(document()));
    server.delete('/documentation/d-1', ok({ deletedId: 'd-1' }));
    server.get('/projects/p-1/documents', ok(page([])));
    const { user } = renderDocs('/projects/p-1/docs?doc=d-1');

    await user.click(await screen.findByRole('button', { name: 'Delete the page Getting started' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete page' }));

    expect(await screen.findByText('Deleted “Getting started”.')).toBeInTheDocument();
    expect(server.seen('DELETE', '/documentation/d-1')).toHaveLength(1);
  });

  it('uploads a small attachment as base64, refusing one over 10 MiB or of a type the server refuses first', async () => {
    signIn('user');
    const server = fakeApi();
    let attachments = [attachment()];
    server.get('/documentation/d-1', () => ok(document({ attachments })));
    server.post('/documentation/d-1/attachments', () => {
      attachments = [...attachments, attachment({ id: 'a-2', fileName: 'hello.txt', sizeBytes: 5 })];
      return ok(attachments[1], 201);
    });
    const { user } = renderDocs('/projects/p-1/docs?doc=d-1');

    const input = await screen.findByLabelText('File to attach');
    await user.upload(input, new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'big.zip', { type: 'application/zip' }));
    await user.click(screen.getByRole('button', { name: 'Upload' }));
    expect(await screen.findByText('big.zip is larger than 10 MB, the most an attachment may be.')).toBeInTheDocument();

    // The picker offers only accepted types, but "All files" lets any through.
    await userEvent.setup({ applyAccept: false }).upload(input, new File(['<script>'], 'page.html', { type: 'text/html' }));
    await user.click(screen.getByRole('button', { name: 'Upload' }));
    expect(await screen.findByText(/^page\.html cannot be attached: only files ending in \.png, /)).toBeInTheDocument();

    await user.upload(input, new File(['hello'], 'hello.txt', { type: 'text/plain' }));
    await user.click(screen.getByRole('button', { name: 'Upload' }));

    expect(await screen.findByText('Attached hello.txt (5 B).')).toBeInTheDocument();
    expect(await within(screen.getByRole('list', { name: 'Attachments' })).findByText('hello.txt')).toBeInTheDocument();
    expect(server.seen('POST', '/documentation/d-1/attachments')).toHaveLength(1);
    expect(server.seen('POST', '/documentation/d-1/attachments')[0]?.body).toEqual({ fileName: 'hello.txt', fileData: btoa('hello'), contentType: 'text/plain' });
  });

  it('downloads an attachment through a fresh presigned address', async () => {
    signIn('user');
    const assign = vi.fn();
    vi.stubGlobal('location', { origin: window.location.origin, href: window.location.href, assign });
    const server = fakeApi();
    server.get('/documentation/d-1', ok(document({ attachments: [attachment()] })));
    server.get('/documentation/d-1/attachments/a-1/url', ok({ url: 'http://127.0.0.1:4566/bucket/notes.txt?sig=1', expiresAt: '2026-11-29T11:00:00.000Z' }));
    const { user } = renderDocs('/projects/p-1/docs?doc=d-1');

    await user.click(await screen.findByRole('button', { name: 'Download notes.txt' }));

    await vi.waitFor(() => { expect(assign).toHaveBeenCalledWith('http://127.0.0.1:4566/bucket/notes.txt?sig=1'); });
  });

  it('deletes an attachment after asking', async () => {
    signIn('user');
    const server = fakeApi();
    let attachments = [attachment()];
    server.get('/documentation/d-1', () => ok(document({ attachments })));
    server.delete('/documentation/d-1/attachments/a-1', () => {
      attachments = [];
      return ok({ deletedId: 'a-1' });
    });
    const { user } = renderDocs('/projects/p-1/docs?doc=d-1');

    await user.click(await screen.findByRole('button', { name: 'Delete notes.txt' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete attachment' }));

    expect(await screen.findByText('No attachments.')).toBeInTheDocument();
  });
});
