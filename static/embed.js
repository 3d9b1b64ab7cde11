/* Hunan Industry Atlas: optional helper for pages that embed the atlas in an <iframe>.
 * The atlas sends {type: "hunan-atlas:resize", height: <px>} to its parent on load and on every
 * size change; this sets the height of the iframe that sent it. It ignores any other message,
 * any message from a window that is not one of this page's iframes, and any height that is not a
 * finite number from 200 to 20,000, and sends nothing back.
 * Include it once: <script src=".../embed.js" async></script> */
(function () {
  if (window.__hunanAtlasEmbed) return;
  window.__hunanAtlasEmbed = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'hunan-atlas:resize' || typeof data.height !== 'number') return;
    // A height the atlas could have: a finite number of pixels, from 200 to 20,000.
    if (!isFinite(data.height) || data.height < 200 || data.height > 20000) return;
    var height = Math.ceil(data.height);
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = height + 'px';
        frames[i].setAttribute('height', String(height));
      }
    }
  });
})();
