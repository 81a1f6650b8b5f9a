// Live preview only: the preview server adds this script to every page it serves; the published
// site never carries it. It listens to the server's bakes and reloads the page after each one.
(function () {
  'use strict';
  var script = document.currentScript;
  var servedFrom = script ? script.getAttribute('data-generation') : null;
  var events = new EventSource('/__preview/events');
  events.addEventListener('baked', function (event) {
    if (event.data !== servedFrom) {
      events.close();
      window.location.reload();
    }
  });
})();
