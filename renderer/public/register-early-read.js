/*
 * Issue 17: when the app starts on the register (#/virksomheter), read its three tables from the
 * moment the page starts, while the app's code still loads, instead of after it. A plain script, not
 * a module: it runs as it arrives, in the head, before the app's module graph is fetched and run
 * (so always before the app looks for its result).
 *
 * It only reads: it opens the database at the version it has (never upgrading it, and never creating
 * one that is missing), reads in one read-only transaction and closes. The app takes the result
 * once, when it has opened the database itself, and only if the database is still the same version
 * and unchanged (db/repositories/register-repo.ts, `fromEarlyRead`); else it reads as usual.
 */
;(function () {
  // The register's own address, as `isRegisterAddress` in features/organisations/register-source.ts.
  if (!/^#\/virksomheter\/?(\?.*)?$/.test(location.hash) || typeof indexedDB === 'undefined') return
  var name = 'nfk-sekretariat'
  var stores = ['organisations', 'people', 'sectors']
  window.nfkRegisterEarlyRead = new Promise(function (resolve) {
    var request
    try {
      request = indexedDB.open(name)
    } catch {
      resolve(null)
      return
    }
    // No database yet (first start): leave creating it to the app.
    request.addEventListener('upgradeneeded', function () {
      request.transaction.abort()
    })
    request.addEventListener('error', function (event) {
      event.preventDefault()
      resolve(null)
    })
    request.addEventListener('blocked', function () {
      resolve(null)
    })
    request.addEventListener('success', function () {
      var database = request.result
      // An upgrade by the app must never wait for this connection.
      database.addEventListener('versionchange', function () {
        database.close()
      })
      try {
        // Before the transaction begins: a change the app hears after this may be missing from it.
        var result = { name: name, version: database.version, startedAt: performance.now(), organisations: null, people: null, sectors: null }
        var tx = database.transaction(stores, 'readonly')
        stores.forEach(function (store) {
          tx.objectStore(store)
            .getAll()
            .addEventListener('success', function (event) {
              result[store] = event.target.result
            })
        })
        tx.addEventListener('complete', function () {
          database.close()
          resolve(result)
        })
        tx.addEventListener('abort', function () {
          database.close()
          resolve(null)
        })
      } catch {
        database.close()
        resolve(null)
      }
    })
  })
})()
