export type InboxMail = {
  id: string;
  from: string;
  to: string;
  subject: string;
  body: string;
  receivedAt: string;
};
