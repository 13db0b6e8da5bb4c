/**
 * Words that carry no meaning of their own in a question ("how do I …", "why does my …"): they
 * never block a match and never count towards covering the query. Words that do carry meaning in
 * a help center stay out of this list: "out" (sign out), "not", "off", "no", "new", "all".
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about after again am an and any anyone are as at be been being but by can cannot could
  did do does doing done during each else even ever for from get gets getting got had has have having he her
  here hers him his how i i'm i've if in into is isn't it it's its just keep keeps kept let like may me
  might mine more most much must my need needs of on once one only or other our ours please really same
  she should so some someone something still such than that the their them then there these they this
  those though to too trust tried try trying us use used uses using very via want wants was we were
  what when where which while who whom whose why will with without won't would yes yet you your yours
  leads help helpcenter can't don't doesn't didn't aren't wasn't weren't couldn't shouldn't wouldn't
  haven't hasn't i'd i'll you're you've that's what's there's let's`
    .split(/\s+/)
    .filter(Boolean),
);
