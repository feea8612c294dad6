// "Use my location": only offered when the browser can ask, and only used when the person agrees.
(function () {
  var button = document.getElementById("use-location");
  if (!button || !navigator.geolocation) { return; }
  button.hidden = false;
  button.addEventListener("click", function () {
    navigator.geolocation.getCurrentPosition(function (position) {
      document.getElementById("lat").value = position.coords.latitude.toFixed(4);
      document.getElementById("lng").value = position.coords.longitude.toFixed(4);
      document.getElementById("near").value = "";
      document.getElementById("filters").requestSubmit();
    });
  });
  document.getElementById("near").addEventListener("input", function () {
    document.getElementById("lat").value = "";
    document.getElementById("lng").value = "";
  });
})();
