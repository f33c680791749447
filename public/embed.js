/*! Career Guide embed loader. Dependency-free; see docs/embedding.md.
 *
 * Put a placeholder where the guide should appear, then load this script
 * from the site that hosts Career Guide:
 *
 *   <div data-career-guide="courses" data-accent="#0b5cad" data-theme="dark"
 *        data-compact data-provider="rmit" data-title="Career Guide: courses"></div>
 *   <script src="https://careers.example.edu/embed.js" defer></script>
 *
 * Each placeholder becomes an iframe of that view. The embedded app posts
 * its content height; this script accepts such messages only from the
 * guide's own origin and only from the iframe it created, then sizes the
 * iframe so the page scrolls as one.
 */
(function () {
  'use strict';

  var script = document.currentScript ||
    document.querySelector('script[src$="embed.js"]');
  if (!script) return;
  var appBase = new URL('.', script.src);
  var appOrigin = appBase.origin;
  var frames = [];
  // Heights outside this range are ignored, whether a host wrote them in
  // data-height or the app posted them.
  var MIN_HEIGHT = 50, MAX_HEIGHT = 100000, DEFAULT_HEIGHT = 640;

  // A height in whole pixels from a host's attribute or the app's message:
  // a plain number within the range, anything else gives `fallback`.
  function pixels(value, fallback) {
    var text = String(value == null ? '' : value).trim();
    if (!/^\d+(\.\d+)?$/.test(text)) return fallback;
    var height = Math.ceil(Number(text));
    return height >= MIN_HEIGHT && height <= MAX_HEIGHT ? height : fallback;
  }

  // The app validates every option and reports bad ones in the frame, so
  // this only encodes what the host wrote.
  function optionsSegment(el) {
    var parts = ['embed'];
    var accent = el.getAttribute('data-accent');
    if (accent) parts.push('accent=' + encodeURIComponent(accent.replace(/^#/, '')));
    var theme = el.getAttribute('data-theme');
    if (theme) parts.push('theme=' + encodeURIComponent(theme));
    if (el.hasAttribute('data-compact')) parts.push('compact');
    var provider = el.getAttribute('data-provider');
    if (provider) parts.push('provider=' + encodeURIComponent(provider));
    return parts.join(';');
  }

  function frameFor(el) {
    if (el.querySelector('[data-career-guide-frame]')) return; // already done
    // A view is a path inside the app; leading slashes are dropped so it
    // can never point at another site.
    var view = (el.getAttribute('data-career-guide') || '').replace(/^[\/\\]+/, '');
    var iframe = document.createElement('iframe');
    // embed.html is a file every static host serves; the app then moves to
    // the view's own address (career_core::embed::frame_src, the same rule).
    iframe.src = new URL('embed.html?view=' + encodeURIComponent(optionsSegment(el) + '/' + view), appBase).href;
    iframe.title = el.getAttribute('data-title') || 'Career Guide';
    iframe.loading = 'lazy';
    iframe.setAttribute('data-career-guide-frame', '');
    iframe.style.display = 'block';
    iframe.style.width = '100%';
    iframe.style.border = '0';
    iframe.style.height = pixels(el.getAttribute('data-height'), DEFAULT_HEIGHT) + 'px';
    el.replaceChildren(iframe);
    frames.push(iframe);
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== appOrigin) return;
    var data = event.data;
    if (!data || data.type !== 'career-guide:height') return;
    var height = typeof data.height === 'number' ? pixels(data.height, null) : null;
    if (height === null) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = height + 'px';
      }
    }
  });

  function start() {
    var placeholders = document.querySelectorAll('[data-career-guide]');
    for (var i = 0; i < placeholders.length; i++) frameFor(placeholders[i]);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
