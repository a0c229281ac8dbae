// Pre-decoding: the syslog header's timestamp formats, hostname and program name.
import { predecode, Predecoded } from '../../analysis/predecode';

describe('predecode', () => {
  const cases: Array<[string, Predecoded]> = [
    ['Dec 25 20:45:02 MyHost sshd[12345]: Accepted password', { timestamp: 'Dec 25 20:45:02', hostname: 'MyHost', programName: 'sshd', log: 'Accepted password' }],
    ['Dec  5 20:45:02 host su: FAILED su', { timestamp: 'Dec  5 20:45:02', hostname: 'host', programName: 'su', log: 'FAILED su' }],
    ['Feb  5 13:07:52 plugh rsyslogd-2177: imuxsock begins', { timestamp: 'Feb  5 13:07:52', hostname: 'plugh', programName: 'rsyslogd-2177', log: 'imuxsock begins' }],
    ['2015 Nov 13 13:40:01 ether rsyslogd: x', { timestamp: '2015 Nov 13 13:40:01', hostname: 'ether', programName: 'rsyslogd', log: 'x' }],
    ['2021-07-08T11:00:56-03:00 10.1.1.1 db[31013]: hello', { timestamp: '2021-07-08T11:00:56-03:00', hostname: '10.1.1.1', programName: 'db', log: 'hello' }],
    ['2009-05-22T09:36:46.214994-07:00 host prog: m', { timestamp: '2009-05-22T09:36:46.214994-07:00', hostname: 'host', programName: 'prog', log: 'm' }],
    ['2023-01-23 03:22:26.410246-0800  localhost tccd[1030]: [x] y', { timestamp: '2023-01-23 03:22:26.410246-0800', hostname: 'localhost', programName: 'tccd', log: '[x] y' }],
    ['2015-04-16 21:51:02,805 zuse proftpd[26189] zuse: msg', { timestamp: '2015-04-16 21:51:02,805', hostname: 'zuse', programName: 'proftpd', log: 'zuse: msg' }],
    ['Jan  1 00:00:00 host postfix/smtpd[1]: connect', { timestamp: 'Jan  1 00:00:00', hostname: 'host', programName: 'postfix/smtpd', log: 'connect' }],
    ['Jan  1 00:00:00 host kernel: [ID 123 kern.notice] boom', { timestamp: 'Jan  1 00:00:00', hostname: 'host', programName: 'kernel', log: 'boom' }],
    ['Jan  1 00:00:00 sshd: solaris style', { timestamp: 'Jan  1 00:00:00', programName: 'sshd', log: 'solaris style' }],
    ['Jan  1 00:00:00 host no program here', { timestamp: 'Jan  1 00:00:00', hostname: 'host', log: 'no program here' }],
    ['{"json":true}', { log: '{"json":true}' }],
    ['[Fri Feb 11 18:06:35 2004] [warn] x', { timestamp: 'Fri Feb 11 18:06:35 2004', log: '[warn] x' }],
    ['', { log: '' }],
  ];
  it.each(cases)('%j', (line, expected) => {
    expect(predecode(line)).toEqual(expected);
  });
});
