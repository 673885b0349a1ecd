import { describe, expect, it } from 'vitest';
import {
  LAG_UNITS_PER_DAY, MSPDI_LINK_TYPE, daysToMspdiDuration, lagDaysToLinkLag, linkLagToDays, linkTypeFromMspdi, mspdiDurationToDays,
} from '../../../shared/exports/mspdi-units';
import { decodeXmlText, elementDepth } from '../../../electron/backend/exports/mspdi-xml';

describe('MSPDI durations', () => {
  it('writes working days as 8-hour days', () => {
    expect(daysToMspdiDuration(0)).toBe('PT0H0M0S');
    expect(daysToMspdiDuration(3)).toBe('PT24H0M0S');
    expect(daysToMspdiDuration(15)).toBe('PT120H0M0S');
  });

  it('reads hours back as working days, rounding part days up', () => {
    expect(mspdiDurationToDays('PT24H0M0S')).toBe(3);
    expect(mspdiDurationToDays('PT0H0M0S')).toBe(0);
    expect(mspdiDurationToDays('PT4H0M0S')).toBe(1);
    expect(mspdiDurationToDays('PT12H30M0S')).toBe(2);
    expect(mspdiDurationToDays('PT7H59M60S')).toBe(1);
    expect(mspdiDurationToDays('P2D')).toBe(2);
    expect(mspdiDurationToDays('P1W')).toBe(5);
    expect(mspdiDurationToDays('PT16.5H0M0S')).toBe(3);
  });

  it('refuses what is not a duration', () => {
    for (const text of ['', 'P', 'PT', 'soon', '24', '-PT8H0M0S', 'PT8X']) expect(mspdiDurationToDays(text)).toBeNull();
  });

  it('round-trips every whole number of days', () => {
    for (let days = 0; days <= 400; days++) expect(mspdiDurationToDays(daysToMspdiDuration(days))).toBe(days);
  });
});

describe('MSPDI link types and lags', () => {
  it('maps link types as MSPDI numbers them: 0 FF, 1 FS, 2 SF, 3 SS', () => {
    expect(MSPDI_LINK_TYPE).toEqual({ FF: 0, FS: 1, SF: 2, SS: 3 });
    expect([0, 1, 2, 3].map(linkTypeFromMspdi)).toEqual(['FF', 'FS', 'SF', 'SS']);
    expect(linkTypeFromMspdi(4)).toBeNull();
    expect(linkTypeFromMspdi(1.5)).toBeNull();
  });

  it('writes lags in tenths of a minute of an 8-hour day and reads them back', () => {
    expect(LAG_UNITS_PER_DAY).toBe(4800);
    expect(lagDaysToLinkLag(2)).toBe(9600);
    expect(lagDaysToLinkLag(-1)).toBe(-4800);
    expect(linkLagToDays(9600)).toBe(2);
    expect(linkLagToDays(-4800, 7)).toBe(0 - 1);
    expect(linkLagToDays(0)).toBe(0);
    expect(linkLagToDays(2400)).toBe(1);
    // Elapsed days (LagFormat 8) are 24-hour days.
    expect(linkLagToDays(14400, 8)).toBe(1);
    for (let days = -20; days <= 20; days++) expect(linkLagToDays(lagDaysToLinkLag(days))).toBe(days);
  });
});

describe('XML helpers of the import', () => {
  it('decodes the predefined entities and character references once', () => {
    expect(decodeXmlText('&lt;img src=x&gt; &amp;lt; &#233;&#x20AC; &quot;&apos;')).toBe('<img src=x> &lt; é€ "\'');
    expect(decodeXmlText('&unknown; &#0; &#xD800;')).toBe('&unknown;  ');
  });

  it('measures element depth without recursion, skipping comments, CDATA and quoted >', () => {
    expect(elementDepth('<a><b/><c><d>x</d></c></a>', 100)).toBe(3);
    expect(elementDepth('<a><!-- <b><c> --><![CDATA[<x><y>]]><e attr="<f>"/></a>', 100)).toBe(1);
    expect(elementDepth(`${'<a>'.repeat(1000)}${'</a>'.repeat(1000)}`, 64)).toBe(65);
  });
});
