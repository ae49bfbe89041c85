import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { isEditor, isStaff } from '../access/roles'
import { withCacheHooks } from '../lib/cache/hooks'
import { missingFilesAnswer404 } from '../lib/server/missing-upload'
import { mediaDirSetting, usesObjectStorage } from '../lib/server/env'

/** Where uploads are stored: MEDIA_DIR, or `.data/media` beside the embedded database. */
export function mediaDir(): string {
  return path.resolve(mediaDirSetting())
}

/** How long browsers and shared caches may keep an uploaded file (one day). */
export const MEDIA_MAX_AGE_SECONDS = 86_400

/** How long the edge (Varnish) keeps an uploaded file between fetches from the app. */
export const MEDIA_EDGE_SECONDS = 300

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Image', plural: 'Images' },
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'],
    listSearchableFields: ['alt', 'caption', 'credit', 'filename'],
  },
  access: {
    read: () => true,
    // Writers illustrate their drafts; changing or removing an image others use is an editor's call.
    create: isStaff,
    update: isEditor,
    delete: isEditor,
  },
  hooks: withCacheHooks('media'),
  upload: {
    staticDir: mediaDir(),
    // On disk, a missing file answers 404 here; in a bucket, the storage adapter's handler
    // (lib/storage/media-storage-plugin.ts) does.
    handlers: usesObjectStorage() ? [] : [missingFilesAnswer404(mediaDir())],
    // Raster images only: SVG can carry scripts.
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 225, position: 'centre' },
      { name: 'card', width: 800 },
      { name: 'hero', width: 1600 },
    ],
    adminThumbnail: 'thumbnail',
    // Payload serves the files with no Cache-Control and no validator, so a reader's browser
    // fetched every image again on every page. A replaced file gets a new name, but a new focal
    // point re-crops the sizes under the same names: a day, not "immutable".
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Cache-Control', `public, max-age=${MEDIA_MAX_AGE_SECONDS}`)
      // The edge keeps an image five minutes (and serves it stale while the nodes or the bucket
      // fail): files carry no purge keys, so a removed or re-cropped image leaves the edge
      // within that bound.
      headers.set('Surrogate-Control', `max-age=${MEDIA_EDGE_SECONDS}`)
      return headers
    },
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      maxLength: 300,
      admin: { description: 'What the image shows, for readers who cannot see it.' },
      validate: (value: unknown) =>
        typeof value === 'string' && value.trim() !== ''
          ? true
          : 'Describe the image in the alt text: readers who cannot see it rely on it.',
    },
    { name: 'caption', type: 'textarea', maxLength: 500 },
    {
      name: 'credit',
      type: 'text',
      maxLength: 200,
      admin: { description: 'e.g. "Photo: Reuters" or "Illustration: Summit Wire".' },
    },
  ],
}
