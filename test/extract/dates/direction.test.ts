import { describe, expect, it } from 'vitest';
import { readDates } from './support.js';

// Which side of the reference day a date without its year lies on (invented sentences).
const REF = '2024-10-30'; // a Wednesday late in October

describe('direction', () => {
  it.each([
    // no tense: the coming one up to two months ahead, else the past one
    ['The dividend is payable Dec. 7 to holders of record Nov. 16.', ['Dec. 7 → 2024-12-07', 'Nov. 16 → 2024-11-16']],
    ['Holders of record on March 2 get the shares.', ['March 2 → 2024-03-02']],
    // a limit is never read as past, whatever the verb: "was extended to Nov. 16"
    ['The offer was extended to Nov. 16.', ['Nov. 16 → 2024-11-16']],
    ['The plant must repay the loan by Jan. 14.', ['Jan. 14 → 2025-01-14']],
    // the verb after the date decides when none comes before
    ['The crash on August 18 shocked the town.', ['August 18 → 2024-08-18']],
    ['On Friday, the league plans to screen the film.', ['Friday → 2024-11-01']],
    // the past tense keeps a near month in the past
    ['Ruiz stepped down in November 2023 and moved in December.', ['November 2023 → 2023-11', 'December → 2023-12']],
    // "Wednesday’s ruling" names what has happened, even after "would"
    ['They said they would appeal Wednesday’s ruling.', ['Wednesday → 2024-10-30']],
    ['The club will appeal Friday’s verdict.', ['Friday → 2024-10-25']],
    ['Ruiz scored twice in Sunday’s final.', ['Sunday → 2024-10-27']],
    // … unless the clause looks ahead to taking part in it
    ['Ruiz will play in Sunday’s final at Dunmore.', ['Sunday → 2024-11-03']],
    ['The knock will not keep the Harriers forward out of contention for Sunday’s final.', ['Sunday → 2024-11-03']],
    ['Fans gathered ahead of Sunday’s vote.', ['Sunday → 2024-11-03']],
    ['The line is to reopen Tuesday.', ['Tuesday → 2024-11-05']],
    ['Berg’s last visit in February was tense.', ['February → 2024-02']],
    ['Trading resumed as soon as Monday.', ['Monday → 2024-11-04']],
    ['The crew could sail as early as Tuesday.', ['Tuesday → 2024-11-05']],
    // "planned" is past; "plans to" looks ahead
    ['On Friday, the ministry planned to pay the first claims.', ['Friday → 2024-10-25']],
    ['On Friday, the ministry plans to pay the first claims.', ['Friday → 2024-11-01']],
    // a speech verb far before the date leaves the tense to what was said
    ['Tarvo Mills said it is calling the bonds for redemption on Dec. 7.', ['Dec. 7 → 2024-12-07']],
    ['The sale is to be finished around Nov. 1.', ['around Nov. 1 → 2024-11-01']],
    // a deadline lies ahead, unless the clause is in the past perfect
    ['The lenders extended the loans by February.', ['February → 2025-02']],
    ['The fund had bought 4,000 shares by March 2.', ['March 2 → 2024-03-02']],
    ['Inspectors postponed the ruling until Tuesday.', ['Tuesday → 2024-11-05']],
    // a past plan dates what it plans ahead, unless it is in the past perfect
    ['The inspectors planned to visit the dam on Thursday.', ['Thursday → 2024-10-31']],
    ['Volunteers planned a vigil on Saturday.', ['Saturday → 2024-11-02']],
    ['The inspectors had planned to visit on Thursday.', ['Thursday → 2024-10-24']],
    ['The men who planned the raid on Friday were caught.', ['Friday → 2024-10-25']],
    // "set" looks ahead only as "set for" or "set to"; a compound, a cause or a comparison is no future
    ['The vote is set for Friday.', ['Friday → 2024-11-01']],
    ['The firm set aside reserves on Friday.', ['Friday → 2024-10-25']],
    ['Berg reported lower-than-expected sales Monday.', ['Monday → 2024-10-28']],
    ['The delay was due to the storm on Monday.', ['Monday → 2024-10-28']],
    ['The dispute may be settled on Friday.', ['Friday → 2024-11-01']],
    // a deadline behind a time of day; the past perfect keeps it behind
    ['The landlord extended the offer until 5 p.m. Tuesday.', ['5 p.m. Tuesday → 2024-11-05T17:00']],
    ['Until Thursday, officials had refused to comment.', ['Thursday → 2024-10-24']],
    // a deadline in a past clause, or named as one, is the nearer day
    ['Most voters registered by the Tuesday deadline.', ['Tuesday → 2024-10-29']],
    ['The court ordered the ship returned by Oct. 29.', ['Oct. 29 → 2024-10-29']],
    ['The Nov. 8 deadline worried the growers.', ['Nov. 8 → 2024-11-08']],
    ['Regulators set Tuesday as the deadline for bids.', ['Tuesday → 2024-10-29']],
    // "this coming Sunday" lies ahead; "in five years" after a verb of a future clause is that far ahead
    ['The fair ends this coming Sunday.', ['this coming Sunday → 2024-11-03']],
    ['The notes will be repaid in three years.', ['three years → 2027']],
    ['The plant will stay open for the first time in five years.', []],
    // a limit in a past clause is the nearer month, up to half a year ahead
    ['The bank kept credit lines to the mill through January.', ['January → 2025-01']],
    ['A credit line of $9 million through January, and a loan.', ['January → 2025-01']],
    // a plan's target in the past tense is the nearer one
    ['The launch was planned for early December.', ['early December → 2024-12']],
    // a future marker reaches across a long object when no verb comes between
    ['Nora Quist will be named captain of the Dorvale harbour rescue fleet for a long voyage in April.', ['April → 2025-04']],
    ['Nora Quist will be named captain of the Dorvale fleet, which sailed in April.', ['April → 2024-04']],
    // an initial or an abbreviation is no clause's end
    ['Ada Lund will succeed Ivo P. Berg March 3.', ['March 3 → 2025-03-03']],
    ['Ada Lund will join Tessaro Corp. on March 3.', ['March 3 → 2025-03-03']],
    // a date opening a bracket glosses the words before it, and takes their tense
    ['The crew will leave at dawn (5 a.m. EDT Thursday), the captain said.', ['5 a.m. EDT Thursday → 2024-10-31T05:00']],
    ['The crew left at dawn (5 a.m. EDT Thursday), the captain said.', ['5 a.m. EDT Thursday → 2024-10-24T05:00']],
    ['The mill will close for a week (from Nov. 4), the owners said.', ['Nov. 4 → 2024-11-04']],
    // a law's timetable in the present tense lies ahead: "takes effect", "comes into force"
    ['The levy takes effect Jan. 1.', ['Jan. 1 → 2025-01-01']],
    ['The new rules come into force on Jan. 1.', ['Jan. 1 → 2025-01-01']],
    ['The levy took effect on Jan. 1.', ['Jan. 1 → 2024-01-01']],
    // planning for an event looks ahead to it
    ['The three towns can take part in planning for the harvest fair in April.', ['April → 2025-04']],
  ])('%s', (input, expected) => {
    expect(readDates(input, REF)).toEqual(expected);
  });

  it('a quarter said after it ended is this year’s, past or future tense; one far ahead is next year’s', () => {
    expect(readDates('Lund will post third-quarter results.', REF)).toEqual(['third-quarter → 2024-Q3']);
    expect(readDates('Lund will open the plant in the second quarter.', REF)).toEqual(['the second quarter → 2025-Q2']);
  });
});
