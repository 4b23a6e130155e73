import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { fakeApi, fail, ok, page } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';

import { chatMessage, reply } from '../testing/assistant-fixtures';
import type { ChatMessage } from '../types';
import { AssistantPanel } from './assistant-panel';

const project = { id: 'p-1', name: 'Shop backend', role: 'owner' } as const;

describe('AssistantPanel', () => {
  it('shows the question at once, then the reply, labelled as the local analyser and announced', async () => {
    signIn('user');
    const server = fakeApi();
    let stored: ChatMessage[] = [];
    let answer: (() => void) | undefined;
    server.get('/projects/p-1/assistant/messages', () => ok(page(stored)));
    server.post('/projects/p-1/assistant/messages', ({ body }) =>
      new Promise((resolve) => {
        answer = () => {
          stored = [chatMessage({ content: (body as { message: string }).message }), reply({ content: 'Order has no relation to Customer.' })];
          resolve(ok(stored[1], 201));
        };
      }),
    );
    const { user } = renderWithProviders(<AssistantPanel project={project} />);

    expect(await screen.findByText('No questions yet')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Your question'), 'Any problems?');
    expect(screen.getByText('13 of 4000 characters. Ctrl+Enter sends.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send' }));

    const conversation = await screen.findByRole('list', { name: 'Conversation, oldest first' });
    expect(within(conversation).getByText('Any problems?')).toBeInTheDocument();
    expect(within(conversation).getByText(/sending/)).toBeInTheDocument();
    answer?.();

    expect(await within(conversation).findByText('Order has no relation to Customer.')).toBeInTheDocument();
    expect(within(conversation).queryByText(/sending/)).not.toBeInTheDocument();
    expect(screen.getByText('Local analyser — answers from this project’s data; not an AI model')).toBeInTheDocument();
    expect(screen.getByText('The assistant answered: Order has no relation to Customer.')).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByLabelText('Your question')).toHaveValue('');
  });

  it('sends a suggested question with one click', async () => {
    signIn('user');
    const server = fakeApi();
    let stored: ChatMessage[] = [];
    server.get('/projects/p-1/assistant/messages', () => ok(page(stored)));
    server.post('/projects/p-1/assistant/messages', () => {
      stored = [chatMessage({ content: 'Generate code' }), reply({ content: 'I requested a code generation of schema version 1.' })];
      return ok(stored[1], 201);
    });
    const { user } = renderWithProviders(<AssistantPanel project={project} />);

    await user.click(await screen.findByRole('button', { name: 'Generate code' }));

    expect(await screen.findByText('I requested a code generation of schema version 1.')).toBeInTheDocument();
    expect(server.seen('POST', '/projects/p-1/assistant/messages')[0]?.body).toEqual({ message: 'Generate code' });
  });

  it('names any other model as it is', async () => {
    signIn('user');
    fakeApi().get('/projects/p-1/assistant/messages', ok(page([chatMessage(), reply({ model: 'anthropic.claude-3-haiku' })])));
    renderWithProviders(<AssistantPanel project={project} />);

    expect(await screen.findByText('Model: anthropic.claude-3-haiku')).toBeInTheDocument();
  });

  it('reads the chat to its end, page after page, and shows the newest messages with earlier ones on request', async () => {
    signIn('user');
    const server = fakeApi();
    const asked = (n: number) => chatMessage({ id: `m${n}`, content: `question ${n}`, userId: n === 1 ? 'teammate-id' : 'user-id' });
    server.get('/projects/p-1/assistant/messages', ({ query }) =>
      query.get('nextToken') === 'then'
        ? ok(page(Array.from({ length: 10 }, (_, i) => asked(i + 51))))
        : ok(page(Array.from({ length: 50 }, (_, i) => asked(i + 1)), 'then')),
    );
    const { user } = renderWithProviders(<AssistantPanel project={project} />);

    const conversation = await screen.findByRole('list', { name: 'Conversation, oldest first' });
    const items = () => within(conversation).getAllByRole('listitem');
    expect(items()).toHaveLength(50);
    expect(items()[0]).toHaveTextContent('question 11');
    expect(items()[49]).toHaveTextContent('question 60');
    await user.click(screen.getByRole('button', { name: 'Show earlier messages' }));

    expect(items()).toHaveLength(60);
    expect(items()[0]).toHaveTextContent('question 1');
    expect(items()[0]).toHaveTextContent('teammate-id');
    expect(items()[1]).toHaveTextContent('You');
    expect(screen.queryByRole('button', { name: 'Show earlier messages' })).not.toBeInTheDocument();
    expect(server.seen('GET', '/projects/p-1/assistant/messages')).toHaveLength(2);
  });

  it('checks the question before sending it, and says why the server refused one', async () => {
    signIn('user');
    const server = fakeApi();
    server.get('/projects/p-1/assistant/messages', ok(page([])));
    server.post('/projects/p-1/assistant/messages', fail(503, 'SERVICE_UNAVAILABLE', 'The assistant is unavailable'));
    const { user } = renderWithProviders(<AssistantPanel project={project} />);

    await user.click(await screen.findByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Write a question first')).toBeInTheDocument();
    expect(server.seen('POST', '/projects/p-1/assistant/messages')).toHaveLength(0);

    await user.type(screen.getByLabelText('Your question'), 'Explain the schema{Control>}{Enter}{/Control}');
    expect(await screen.findByText('The assistant is unavailable')).toBeInTheDocument();
  });

  it('offers a viewer no code generation', async () => {
    signIn('user');
    fakeApi().get('/projects/p-1/assistant/messages', ok(page([])));
    renderWithProviders(<AssistantPanel project={{ ...project, role: 'viewer' }} />);

    expect(await screen.findByRole('button', { name: 'Explain the schema' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Generate code' })).not.toBeInTheDocument();
  });
});
