// ---------------------------------------------------------------- the v1 window

// The v1 chat window is a page of the chat's domain (fact: "The chat itself (its window,
// its rules, its warning texts) runs in an iframe served from the tenant's 8x8 domain"),
// whose URL carries the page's origin (fact 2: the loader "passes ... the page's own
// origin"), where its messages go.  The tenant's stylesheet is linked after the window's
// own look (Win.linkStylesheet).
Win.boot();
