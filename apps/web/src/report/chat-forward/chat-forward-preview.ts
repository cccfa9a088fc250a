import { useQuery } from '@tanstack/react-query';
import { ApiProblem } from '../../api/http';
import { ChatForwardPreview, intake } from '../../api/intake';
import { useDebounced } from '../useDebounced';

/** Why intake could not read a paste, as its problem type says (`chat-no-messages` → `no-messages`), or `unavailable`. */
export type ChatPreviewProblem = 'no-messages' | 'text-before-messages' | 'in-the-future' | 'too-long' | 'unavailable';

const KNOWN: readonly ChatPreviewProblem[] = ['no-messages', 'text-before-messages', 'in-the-future', 'too-long'];

export function chatProblemOf(error: unknown): ChatPreviewProblem {
  const type = error instanceof ApiProblem ? error.type?.replace(/^chat-/, '') : undefined;
  return KNOWN.find((k) => k === type) ?? 'unavailable';
}

export interface ChatPreviewState {
  preview?: ChatForwardPreview;
  problem?: ChatPreviewProblem;
  /** The paste changed and intake has not answered for it yet. */
  pending: boolean;
}

/**
 * What intake would store of the paste, asked a moment after typing stops: the same reading the report itself gets,
 * so the reporter sees exactly what Loket keeps (names replaced, numbers removed) before sending.
 */
export function useChatForwardPreview(chatExport: string): ChatPreviewState {
  const settled = useDebounced(chatExport.trim(), 400);
  const query = useQuery({
    queryKey: ['chat-forward-preview', settled],
    queryFn: ({ signal }) => intake.previewChatForward(settled, signal),
    enabled: settled !== '',
    staleTime: Infinity,
    retry: false,
  });
  if (settled === '') return { pending: chatExport.trim() !== '' };
  return {
    preview: query.data,
    problem: query.isError ? chatProblemOf(query.error) : undefined,
    pending: settled !== chatExport.trim() || query.isPending,
  };
}
