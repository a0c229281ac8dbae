import { memoryLog, nullLog } from '../../log/cluster-log';

const NOW = new Date(2026, 10, 26, 10, 0, 0);

describe('memoryLog', () => {
  test('keeps formatted lines, with tasks, tags and causes', () => {
    const log = memoryLog({ role: 'Worker', nodeName: 'worker-1', now: () => NOW });
    log.task('Keep Alive').info('Keep alive sent.');
    log.task('Integrity sync', 'master-1').debug('Manifest of 3 files.');
    log.error('Handshake refused', new Error('wrong cluster name'));
    log.warning('Slow.');
    expect(log.lines).toEqual([
      '2026/11/26 10:00:00 INFO: [Worker worker-1] [Keep Alive] Keep alive sent.',
      '2026/11/26 10:00:00 DEBUG: [Worker worker-1] [Integrity sync] [master-1] Manifest of 3 files.',
      '2026/11/26 10:00:00 ERROR: [Worker worker-1] Handshake refused: wrong cluster name',
      '2026/11/26 10:00:00 WARNING: [Worker worker-1] Slow.',
    ]);
  });

  test('filters by level and uses its defaults', () => {
    const log = memoryLog({ level: 'warning', now: () => NOW });
    log.debug('d');
    log.info('i');
    log.warning('w');
    log.task('T').error('e');
    expect(log.lines).toEqual([
      '2026/11/26 10:00:00 WARNING: [Master test] w',
      '2026/11/26 10:00:00 ERROR: [Master test] [T] e',
    ]);
  });

  test('drops lines after close, which is idempotent', async () => {
    const log = memoryLog();
    log.info('kept');
    const closing = log.close();
    expect(log.close()).toBe(closing);
    await closing;
    log.info('dropped');
    expect(log.lines).toHaveLength(1);
  });

  test('error appends a cause only when one is given, even a falsy one', () => {
    const log = memoryLog({ now: () => NOW });
    log.error('plain');
    log.error('zero', 0);
    expect(log.lines).toEqual(['2026/11/26 10:00:00 ERROR: [Master test] plain', '2026/11/26 10:00:00 ERROR: [Master test] zero: 0']);
  });
});

describe('nullLog', () => {
  test('accepts everything and closes', async () => {
    const log = nullLog();
    log.info('x');
    log.task('T', 'a').error('y', new Error('z'));
    await expect(log.close()).resolves.toBeUndefined();
  });
});
