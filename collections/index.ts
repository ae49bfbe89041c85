import { Articles } from './Articles'
import { Events } from './Events'
import { Indicators } from './Indicators'
import { Media } from './Media'
import { People } from './People'
import { Statements } from './Statements'
import { Topics } from './Topics'
import { Users } from './Users'

export { NEWSROOM_COLLECTION_SLUGS, type NewsroomCollection } from './slugs'

/** The collections' configs, in the order of NEWSROOM_COLLECTION_SLUGS (a test checks it). */
export const NEWSROOM_COLLECTIONS = [Articles, Events, Statements, People, Topics, Indicators, Media, Users]
