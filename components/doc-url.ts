// The address a document acts for. Frames a page makes without a web address of their own (about:blank,
// about:srcdoc, data:, blob:) act for the page that made them: policy rules, destinations, labels and events use
// that page's address, so a paste box in a data: iframe is judged like the hostile page around it.

const WEB = /^(https?|file|ftp):$/;
let creator: URL | null = null;

export function docUrl(): URL {
  const here = new URL(location.href);
  return WEB.test(here.protocol) ? here : (creator ??= creatorUrl(here));
}

function creatorUrl(here: URL): URL {
  const web = (v: string | null | undefined): URL | null => {
    if (!v) return null;
    try {
      const u = new URL(v);
      return WEB.test(u.protocol) ? u : null;
    } catch {
      return null;
    }
  };
  // A same-origin ancestor (about:blank, srcdoc and blob: frames): its full address, path included.
  try {
    for (let w: Window = window; w.parent !== w; ) {
      w = w.parent;
      const u = web(w.location.href);
      if (u) return u;
    }
  } catch {
    /* a cross-origin ancestor: only its origin is known */
  }
  return (
    web(document.baseURI) ??
    web(self.origin !== 'null' ? `${self.origin}/` : null) ??
    web((location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins?.[0]) ??
    web(document.referrer) ??
    here
  );
}
