import * as migration_20261129_015741_initial from './20261129_015741_initial';
import * as migration_20261129_022746_content_model from './20261129_022746_content_model';
import * as migration_20261129_031000_search_index from './20261129_031000_search_index';
import * as migration_20261129_050404_scheduling from './20261129_050404_scheduling';
import * as migration_20261129_080000_search_head from './20261129_080000_search_head';
import * as migration_20261129_090000_archive_order_index from './20261129_090000_archive_order_index';
import * as migration_20261130_100000_search_windows from './20261130_100000_search_windows';
import * as migration_20261130_110000_related_link_order from './20261130_110000_related_link_order';
import * as migration_20261207_100000_archive_counts from './20261207_100000_archive_counts';
import * as migration_20261207_110000_cache_expiry_outbox from './20261207_110000_cache_expiry_outbox';
import * as migration_20261208_000000_media_storage_columns from './20261208_000000_media_storage_columns';

export const migrations = [
  {
    up: migration_20261129_015741_initial.up,
    down: migration_20261129_015741_initial.down,
    name: '20261129_015741_initial',
  },
  {
    up: migration_20261129_022746_content_model.up,
    down: migration_20261129_022746_content_model.down,
    name: '20261129_022746_content_model',
  },
  {
    up: migration_20261129_031000_search_index.up,
    down: migration_20261129_031000_search_index.down,
    name: '20261129_031000_search_index',
  },
  {
    up: migration_20261129_050404_scheduling.up,
    down: migration_20261129_050404_scheduling.down,
    name: '20261129_050404_scheduling',
  },
  {
    up: migration_20261129_080000_search_head.up,
    down: migration_20261129_080000_search_head.down,
    name: '20261129_080000_search_head',
  },
  {
    up: migration_20261129_090000_archive_order_index.up,
    down: migration_20261129_090000_archive_order_index.down,
    name: '20261129_090000_archive_order_index',
  },
  {
    up: migration_20261130_100000_search_windows.up,
    down: migration_20261130_100000_search_windows.down,
    name: '20261130_100000_search_windows',
  },
  {
    up: migration_20261130_110000_related_link_order.up,
    down: migration_20261130_110000_related_link_order.down,
    name: '20261130_110000_related_link_order',
  },
  {
    up: migration_20261207_100000_archive_counts.up,
    down: migration_20261207_100000_archive_counts.down,
    name: '20261207_100000_archive_counts',
  },
  {
    up: migration_20261207_110000_cache_expiry_outbox.up,
    down: migration_20261207_110000_cache_expiry_outbox.down,
    name: '20261207_110000_cache_expiry_outbox',
  },
  {
    up: migration_20261208_000000_media_storage_columns.up,
    down: migration_20261208_000000_media_storage_columns.down,
    name: '20261208_000000_media_storage_columns'
  },
];
