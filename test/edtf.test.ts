import { describe, expect, it } from 'vitest';
import { EdtfError, parseEdtf } from '../src/domain/edtf.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const bounds = (s: string) => {
  const p = parseEdtf(s);
  return [iso(p.earliest), iso(p.latest), p.precision];
};

describe('parseEdtf', () => {
  it.each([
    ['2019', '2019-01-01T00:00:00.000Z', '2019-12-31T23:59:59.999Z', 'year'],
    ['2019-01', '2019-01-01T00:00:00.000Z', '2019-01-31T23:59:59.999Z', 'month'],
    ['2019-02', '2019-02-01T00:00:00.000Z', '2019-02-28T23:59:59.999Z', 'month'],
    ['2020-02', '2020-02-01T00:00:00.000Z', '2020-02-29T23:59:59.999Z', 'month'],
    ['2018-12-19', '2018-12-19T00:00:00.000Z', '2018-12-19T23:59:59.999Z', 'day'],
    ['201X', '2010-01-01T00:00:00.000Z', '2019-12-31T23:59:59.999Z', 'decade'],
    ['2019-01-15T10:20:30Z', '2019-01-15T10:20:30.000Z', '2019-01-15T10:20:30.000Z', 'time'],
  ])('%s covers its whole unit', (s, earliest, latest, precision) => {
    expect(bounds(s)).toEqual([earliest, latest, precision]);
  });

  it('gives a season (2019-21, spring) a three-month span', () => {
    const p = parseEdtf('2019-21');
    expect(p.precision).toBe('season');
    const months = (p.latest!.getTime() + 1 - p.earliest!.getTime()) / (86_400_000 * 30);
    expect(months).toBeGreaterThan(2.9);
    expect(months).toBeLessThan(3.1);
  });

  it('never turns a year into 1 January', () => {
    const p = parseEdtf('1987');
    expect(p.precision).toBe('year');
    expect(iso(p.latest)).toBe('1987-12-31T23:59:59.999Z');
  });

  it.each([
    ['2019-01~', '2018-12-01T00:00:00.000Z', '2019-02-28T23:59:59.999Z', 'month', true, false],
    ['2019-01?', '2018-12-01T00:00:00.000Z', '2019-02-28T23:59:59.999Z', 'month', false, true],
    ['2019~', '2018-01-01T00:00:00.000Z', '2020-12-31T23:59:59.999Z', 'year', true, false],
    ['2019-01-15%', '2019-01-14T00:00:00.000Z', '2019-01-16T23:59:59.999Z', 'day', true, true],
  ])('%s widens by one unit on each side', (s, earliest, latest, precision, approximate, uncertain) => {
    const p = parseEdtf(s);
    expect([iso(p.earliest), iso(p.latest), p.precision, p.approximate, p.uncertain]).toEqual([earliest, latest, precision, approximate, uncertain]);
  });

  it.each([
    ['2018-12-19/..', '2018-12-19T00:00:00.000Z', null, 'day'],
    ['../2019-01', null, '2019-01-31T23:59:59.999Z', 'month'],
    ['2018-12-19/2019-09-23', '2018-12-19T00:00:00.000Z', '2019-09-23T23:59:59.999Z', 'day'],
    ['2017-01/..', '2017-01-01T00:00:00.000Z', null, 'month'],
    ['2018~/..', '2017-01-01T00:00:00.000Z', null, 'year'],
    ['2018/2019-03', '2018-01-01T00:00:00.000Z', '2019-03-31T23:59:59.999Z', 'year'],
    ['/..', null, null, 'unknown'],
    ['1990/1990', '1990-01-01T00:00:00.000Z', '1990-12-31T23:59:59.999Z', 'year'],
    ['2019-01-15/2019-01', '2019-01-15T00:00:00.000Z', '2019-01-31T23:59:59.999Z', 'month'],
  ])('interval %s runs from its start to its end, open sides unbounded', (s, earliest, latest, precision) => {
    expect(bounds(s)).toEqual([earliest, latest, precision]);
  });

  it.each([
    ['[..2019-01]', null, '2019-01-31T23:59:59.999Z', 'month'],
    ['[2018,2019-03..]', '2018-01-01T00:00:00.000Z', null, 'year'],
    ['{2019-01,2019-03}', '2019-01-01T00:00:00.000Z', '2019-03-31T23:59:59.999Z', 'month'],
  ])('set or list %s spans its members', (s, earliest, latest, precision) => {
    expect(bounds(s)).toEqual([earliest, latest, precision]);
  });

  it.each([
    ['', /empty/],
    [' 2019', /spaces/],
    ['2019-13', /not a valid EDTF date/],
    ['2019-02-30', /not a valid EDTF date/],
    ['yesterday', /not a valid EDTF date/],
    ['2019-05/2019-01', /start is after its end/],
    ['2019/2018-12-31', /start is after its end/],
    ['2019/2020/2021', /not a valid EDTF interval/],
    ['[2019]/2020', /each end must be a single date|not a valid/],
    ['Y-170000002', /supported range/],
  ])('rejects %j, saying what is wrong', (s, message) => {
    expect(() => parseEdtf(s)).toThrow(EdtfError);
    expect(() => parseEdtf(s)).toThrow(message);
  });
});
