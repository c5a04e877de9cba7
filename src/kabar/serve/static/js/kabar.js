/* kabar web UI: charts (Chart.js), the actor network (Cytoscape), evidence scrolling.
   Data comes from <script type="application/json"> blocks, never from inline code. */
(function () {
  "use strict";

  var TYPE_COLORS = {
    AGREE: "#1f8a5b", CONSULT: "#2e9e6e", SUPPORT: "#47b283", CONCEDE: "#7cc7a2",
    COOPERATE: "#0f6e48", AID: "#63b995", RETREAT: "#a3d9bd", REQUEST: "#3d6fb6",
    ACCUSE: "#5a86c7", REJECT: "#2b5592", THREATEN: "#7d9fd6", PROTEST: "#a6bfe6",
    SANCTION: "#e67e22", MOBILIZE: "#f0a35e", COERCE: "#d35400", ASSAULT: "#c0392b"
  };
  var PALETTE = ["#0b6bcb", "#c0392b", "#1f8a5b", "#8e44ad", "#e67e22", "#16a085", "#7f8c8d",
    "#d35400", "#2c3e50", "#b7950b"];

  function readJSON(id) {
    var node = document.getElementById(id);
    if (!node) { return null; }
    try { return JSON.parse(node.textContent); } catch (e) { return null; }
  }

  function eventsChart() {
    var canvas = document.getElementById("events-chart");
    var data = readJSON("events-chart-data");
    if (!canvas || !data || typeof window.Chart === "undefined") { return; }
    var datasets = Object.keys(data.series).map(function (type) {
      return { label: type, data: data.series[type], backgroundColor: TYPE_COLORS[type] || "#6b7280",
        borderWidth: 0, stack: "events" };
    });
    var chart = new window.Chart(canvas, {
      type: "bar",
      data: { labels: data.months, datasets: datasets },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        scales: { x: { stacked: true, grid: { display: false } },
                  y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } } },
        onClick: function (evt, elements) {
          if (!elements.length) { return; }
          var el = elements[0];
          var month = data.months[el.index];
          var type = datasets[el.datasetIndex].label;
          window.location.href = "/events?type=" + encodeURIComponent(type) +
            "&date_from=" + encodeURIComponent(month) + "&date_to=" + encodeURIComponent(month);
        }
      }
    });
    canvas.dataset.ready = String(chart.data.datasets.length);
  }

  function claimsChart() {
    var canvas = document.getElementById("claims-chart");
    var series = readJSON("claims-chart-data");
    if (!canvas || !series || typeof window.Chart === "undefined") { return; }
    var dates = [];
    series.forEach(function (s) { s.points.forEach(function (p) {
      var d = p.as_of || "undated";
      if (dates.indexOf(d) < 0) { dates.push(d); }
    }); });
    dates.sort();
    var datasets = series.map(function (s, i) {
      var values = dates.map(function () { return null; });
      s.points.forEach(function (p) {
        var at = dates.indexOf(p.as_of || "undated");
        values[at] = values[at] === null ? p.value : Math.max(values[at], p.value);
      });
      var color = PALETTE[i % PALETTE.length];
      var label = s.subject ? s.source + " — " + s.subject : s.source;
      return { label: label, data: values, borderColor: color, backgroundColor: color,
        spanGaps: true, tension: 0, pointRadius: 5, pointHoverRadius: 7 };
    });
    var chart = new window.Chart(canvas, {
      type: "line",
      data: { labels: dates, datasets: datasets },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        scales: { y: { beginAtZero: true, ticks: { callback: function (v) { return Number(v).toLocaleString(); } } } },
        plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } } }
      }
    });
    canvas.dataset.ready = String(chart.data.datasets.length);
  }

  function network() {
    var box = document.getElementById("network");
    var data = readJSON("network-data");
    if (!box || !data || typeof window.cytoscape === "undefined") { return; }
    var maxEvents = Math.max.apply(null, data.nodes.map(function (n) { return n.events; }).concat([1]));
    var elements = data.nodes.map(function (n) {
      return { data: { id: n.id, label: n.name, size: 18 + 30 * Math.sqrt(n.events / maxEvents),
        center: n.center ? 1 : 0 } };
    }).concat(data.edges.map(function (e, i) {
      return { data: { id: "e" + i, source: e.source, target: e.target, weight: e.weight } };
    }));
    var cy = window.cytoscape({
      container: box, elements: elements, wheelSensitivity: 0.3,
      style: [
        { selector: "node", style: { "background-color": "#0b6bcb", label: "data(label)",
          width: "data(size)", height: "data(size)", "font-size": 11, color: "#1c2430",
          "text-valign": "bottom", "text-margin-y": 4, "text-wrap": "ellipsis", "text-max-width": 120 } },
        { selector: "node[center = 1]", style: { "background-color": "#f5b301", "font-weight": "bold" } },
        { selector: "edge", style: { width: "mapData(weight, 1, 5, 1.5, 6)", "line-color": "#b8c2cf",
          "curve-style": "bezier" } }
      ],
      layout: { name: "cose", animate: false, padding: 20, nodeRepulsion: function () { return 9000; } }
    });
    cy.on("tap", "node", function (evt) {
      var id = evt.target.id();
      if (!evt.target.data("center")) { window.location.href = "/actors/" + encodeURIComponent(id); }
    });
    box.dataset.ready = String(cy.nodes().length);
  }

  function scrollEvidence() {
    document.querySelectorAll(".source .article-text").forEach(function (box) {
      var mark = box.querySelector("mark.evidence");
      if (mark) { box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 40); }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    eventsChart();
    claimsChart();
    network();
    scrollEvidence();
  });
})();
