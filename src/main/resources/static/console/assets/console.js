// The console's only script: live progress on the overview, and field highlighting on a document.
(function () {
  'use strict';

  function text(el, value) { if (el) { el.textContent = value; } }

  function refreshOverview(root) {
    var url = root.getAttribute('data-refresh');
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) { return; }
        Object.keys(data.documents).forEach(function (status) {
          text(root.querySelector('[data-count="' + status + '"]'), data.documents[status]);
        });
        var body = root.querySelector('#runs-in-progress tbody');
        if (!body) { return; }
        body.textContent = '';
        data.runs.forEach(function (run) {
          var tr = document.createElement('tr');
          tr.setAttribute('data-run', run.executionId);
          [run.jobName + ' #' + run.executionId, run.status].forEach(function (v) {
            var td = document.createElement('td'); td.textContent = v; tr.appendChild(td);
          });
          var cell = document.createElement('td');
          var bar = document.createElement('progress');
          bar.max = Math.max(run.total, 1); bar.value = run.done;
          cell.appendChild(bar);
          cell.appendChild(document.createTextNode(' ' + run.done + ' / ' + run.total));
          tr.appendChild(cell);
          [run.rate, run.eta].forEach(function (v) {
            var td = document.createElement('td'); td.textContent = v; tr.appendChild(td);
          });
          body.appendChild(tr);
        });
        text(root.querySelector('#runs-none'), data.runs.length ? '' : 'No run in progress.');
      })
      .catch(function () { /* the next tick tries again */ });
  }

  function highlight(field, on) {
    document.querySelectorAll('[data-field="' + CSS.escape(field) + '"]').forEach(function (el) {
      el.classList.toggle('hot', on);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var overview = document.querySelector('[data-refresh]');
    if (overview) {
      setInterval(function () { refreshOverview(overview); }, 2000);
    }
    document.querySelectorAll('[data-field]').forEach(function (el) {
      var field = el.getAttribute('data-field');
      el.addEventListener('mouseenter', function () { highlight(field, true); });
      el.addEventListener('mouseleave', function () { highlight(field, false); });
    });
    var all = document.querySelector('#select-all');
    if (all) {
      all.addEventListener('change', function () {
        document.querySelectorAll('input[name="documentIds"]').forEach(function (box) { box.checked = all.checked; });
      });
    }
  });
})();
