import { evaluate } from './evaluate';

describe('evaluate (trained on 80 % of the repository examples, measured on the held-out 20 %)', () => {
  const report = evaluate();

  it('holds out about a fifth of the examples', () => {
    expect(report.heldOutExamples).toBeGreaterThan(300);
    expect(report.trainingExamples + report.heldOutExamples).toBeGreaterThan(1500);
  });

  it('gets the main category right for at least 85 % of held-out texts', () => {
    expect(report.mainAccuracy).toBeGreaterThanOrEqual(0.85);
  });

  it('gets the subcategory right for at least 70 % of held-out texts', () => {
    expect(report.subAccuracy).toBeGreaterThanOrEqual(0.7);
  });

  it('has the right subcategory among the top three for at least 90 %', () => {
    expect(report.subTop3Accuracy).toBeGreaterThanOrEqual(0.9);
    expect(report.mainTop3Accuracy).toBeGreaterThanOrEqual(report.mainAccuracy);
  });

  it('trades triage share for precision as the threshold rises', () => {
    const rows = report.thresholds;
    for (let i = 1; i < rows.length; i++)
      expect(rows[i].triageShare).toBeGreaterThanOrEqual(rows[i - 1].triageShare);
    const atDefault = rows.find((row) => row.threshold === 0.5);
    expect(atDefault?.mainPrecision).toBeGreaterThan(report.mainAccuracy);
    expect(atDefault?.triageShare).toBeLessThan(0.25);
  });

  it('lists what it got wrong', () => {
    expect(report.misclassified.length).toBe(Math.round((1 - report.subAccuracy) * report.heldOutExamples));
  });
});
