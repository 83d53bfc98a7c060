import Armchair from '@lucide/svelte/icons/armchair';
import CircleOff from '@lucide/svelte/icons/circle-off';
import GripHorizontal from '@lucide/svelte/icons/grip-horizontal';
import PersonStanding from '@lucide/svelte/icons/person-standing';
import RectangleHorizontal from '@lucide/svelte/icons/rectangle-horizontal';
import Rotate3d from '@lucide/svelte/icons/rotate-3d';
import ScanFace from '@lucide/svelte/icons/scan-face';
import Volleyball from '@lucide/svelte/icons/volleyball';
import type { CameraView, Equipment } from '../../content/exercise-schema';

/** A lucide icon component. */
type Icon = typeof PersonStanding;

/** One icon per camera view and per piece of equipment, shown beside their labels. */
export const VIEW_ICONS: Record<CameraView, Icon> = {
  side: PersonStanding,
  front: ScanFace,
  any: Rotate3d,
};

export const EQUIPMENT_ICONS: Record<Equipment, Icon> = {
  none: CircleOff,
  mat: RectangleHorizontal,
  bar: GripHorizontal,
  'gym-ball': Volleyball,
  chair: Armchair,
};

/** Short words for the camera view on a card; the exercise page gives the full sentence. */
export const VIEW_SHORT_LABELS: Record<CameraView, string> = {
  side: 'Side-on',
  front: 'Facing',
  any: 'Any angle',
};
