// Text for HTML and SVG written by hand: the characters that would end a text or an attribute, escaped.
export const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
