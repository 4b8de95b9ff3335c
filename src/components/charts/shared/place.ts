// A Svelte attachment for SVG marks placed by their transform attribute ("translate(x,y)", and what follows it): sets
// the same transform as the element's CSS transform, the one every engine moves by transition (WebKit does not
// take the attribute into CSS, so a change of it alone would jump) and Chromium moves on the compositor. On the
// server and without JavaScript the attribute alone places the mark.
export const place = (transform: string) => (node: SVGElement) => {
  // "translate(x,y) …" -> "translate(xpx,ypx) …"
  node.style.transform = transform.replace(',', 'px,').replace(')', 'px)');
};
