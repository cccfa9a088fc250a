import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { QuestionForReporter } from '../api/feedback';
import { ApiProblem } from '../api/http';
import { renderWithLoket } from '../testing/render';
import { QuestionsToAnswer } from './QuestionsToAnswer';

const open: QuestionForReporter = {
  questionId: 'q-1',
  text: 'Staat de kast aan de kant van de speeltuin of van de weg?',
  askedAt: '2026-12-05T09:00:00Z',
  answerBy: '2026-12-08T09:00:00Z',
  answeredAt: null,
};

describe('QuestionsToAnswer: a question from the professional on the tracking page', () => {
  it('asks for words before sending, sends the answer, and says it was taken', async () => {
    const answer = vi.fn(async () => ({ answeredAt: '2026-12-05T10:00:00Z' }));
    const onAnswered = vi.fn();
    await renderWithLoket(<QuestionsToAnswer questions={[open]} answer={answer} onAnswered={onAnswered} />);
    expect(screen.getByRole('region', { name: 'Een vraag voor u' }).textContent).toContain(open.text);
    fireEvent.click(screen.getByRole('button', { name: 'Antwoord versturen' }));
    expect(await screen.findByText('Schrijf uw antwoord, of laat de vraag open.')).toBeTruthy();
    expect(answer).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('Uw antwoord'), { target: { value: '  Aan de kant van de speeltuin  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Antwoord versturen' }));
    expect(await screen.findByRole('status')).toBeTruthy();
    expect(answer).toHaveBeenCalledWith('q-1', 'Aan de kant van de speeltuin');
    expect(onAnswered).toHaveBeenCalled();
  });

  it('says when a question can no longer be answered, and shows nothing when there are no questions', async () => {
    const answer = vi.fn(async () => {
      throw new ApiProblem(409, 'Already answered', 'You have answered this question already');
    });
    await renderWithLoket(<QuestionsToAnswer questions={[open]} answer={answer} onAnswered={() => undefined} />);
    fireEvent.change(screen.getByLabelText('Uw antwoord'), { target: { value: 'ja' } });
    fireEvent.click(screen.getByRole('button', { name: 'Antwoord versturen' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Deze vraag is al beantwoord of de tijd om te antwoorden is voorbij.');
  });

  it('shows an answered question as answered, without a box', async () => {
    await renderWithLoket(<QuestionsToAnswer questions={[{ ...open, answeredAt: '2026-12-05T10:00:00Z' }]} answer={vi.fn()} onAnswered={vi.fn()} />);
    expect(screen.getByRole('status').textContent).toMatch(/U hebt deze vraag beantwoord/);
    expect(screen.queryByLabelText('Uw antwoord')).toBeNull();
  });
});
