import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { of } from 'rxjs';
import type { Principal } from '@loket/auth';
import { COORDINATOR, FixedClock, InMemoryProfessionalDirectory, SANNE } from '../../testing/workbench-fakes';
import { RecordProfessionalInterceptor } from './record-professional.interceptor';

describe('RecordProfessionalInterceptor', () => {
  const http = (principal?: Principal) =>
    ({ getType: () => 'http', switchToHttp: () => ({ getRequest: () => ({ principal }) }) }) as unknown as ExecutionContext;
  const next: CallHandler = { handle: () => of('answer') };

  function setup() {
    const directory = new InMemoryProfessionalDirectory();
    const clock = new FixedClock(new Date('2026-05-04T09:00:00.000Z'));
    let writes = 0;
    const saw = directory.saw.bind(directory);
    directory.saw = async (p, at) => {
      writes++;
      return saw(p, at);
    };
    return { directory, clock, sut: new RecordProfessionalInterceptor(directory, clock), writes: () => writes };
  }

  it('records professionals and coordinators, writing again only when the token changes or ten minutes passed', async () => {
    const { directory, clock, sut, writes } = setup();
    await sut.intercept(http(SANNE), next);
    await sut.intercept(http(SANNE), next);
    await sut.intercept(http(COORDINATOR), next);
    expect(writes()).toBe(2);
    expect(await directory.find(SANNE.subject)).toMatchObject({ organisation: 'municipality', teams: ['stadsbeheer'] });

    await sut.intercept(http({ ...SANNE, teams: ['handhaving'] }), next);
    expect((await directory.find(SANNE.subject))?.teams).toEqual(['handhaving']);
    clock.at = new Date(clock.at.getTime() + 11 * 60_000);
    await sut.intercept(http({ ...SANNE, teams: ['handhaving'] }), next);
    expect(writes()).toBe(4);
  });

  it('keeps no residents or anonymous callers, and never fails the request when the directory does', async () => {
    const { directory, sut } = setup();
    await sut.intercept(http({ ...SANNE, subject: 'r-1', roles: ['resident'] }), next);
    await sut.intercept(http(undefined), next);
    expect(directory.people.size).toBe(0);
    directory.saw = () => Promise.reject(new Error('database down'));
    await expect(sut.intercept(http(SANNE), next)).resolves.toBeDefined();
  });
});
