// @loket/forwarded-chat: a message forwarded from a neighbourhood chat group (WhatsApp or Signal export lines) as a
// report's text, with the group members' names and numbers gone and the message time as the observed time.
// Framework-free; intake uses it before anything is stored.
export type { ForwardedChat, ForwardedChatOptions, ForwardedChatProblem } from './forwarded-chat';
export { forwardedChat, ForwardedChatError } from './forwarded-chat';
