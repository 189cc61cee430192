import { ComparisonView as ComparisonView_90266b8c09def44adfc0655dcb75a838 } from '../../../components/review/ComparisonView'
import { VersionHistoryView as VersionHistoryView_5fabbbe7a6b6e36291aef1b1d8abc8e3 } from '../../../components/review/VersionHistoryView'
import { SavedVersionView as SavedVersionView_192756e578ffae9d3759fe8d7865bbc7 } from '../../../components/review/SavedVersionView'
import { FileSize as FileSize_2f03e39e0fdc14614ae69ca722b1a182 } from '../../../components/cells/FileSize'
import { RelationTitle as RelationTitle_c614ae7cbe5165e14c70558366dec929 } from '../../../components/cells/RelationTitle'
import { Icon as Icon_046f426b81a173dda97eaa2afb780a67 } from '../../../components/brand/Icon'
import { Logo as Logo_783c22b53d7b86bb1103bc322eb1604a } from '../../../components/brand/Logo'
import { DecisionNotice as DecisionNotice_81f5c61be495c5228ffac5dd27fe08e5 } from '../../../components/workflow/DecisionNotice'
import { LimitCounter as LimitCounter_b7a721954d6c3e14b450cc92952921ee } from '../../../components/fields/LimitCounter'
import { RowLabel as RowLabel_0c719a3681ca1823d30868fffddac3c4 } from '../../../components/fields/RowLabel'
import { WorkflowActions as WorkflowActions_1d1a4b3033b283969a141ef7226af4a9 } from '../../../components/WorkflowActions'
import { Hidden as Hidden_e821531b82b44ca2b432122d4cd7b46f } from '../../../components/Hidden'
import { Tasks as Tasks_640520596da7de67077246e2204647a9 } from '../../../components/Tasks'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/review/ComparisonView#ComparisonView": ComparisonView_90266b8c09def44adfc0655dcb75a838,
  "/components/review/VersionHistoryView#VersionHistoryView": VersionHistoryView_5fabbbe7a6b6e36291aef1b1d8abc8e3,
  "/components/review/SavedVersionView#SavedVersionView": SavedVersionView_192756e578ffae9d3759fe8d7865bbc7,
  "/components/cells/FileSize#FileSize": FileSize_2f03e39e0fdc14614ae69ca722b1a182,
  "/components/cells/RelationTitle#RelationTitle": RelationTitle_c614ae7cbe5165e14c70558366dec929,
  "/components/brand/Icon#Icon": Icon_046f426b81a173dda97eaa2afb780a67,
  "/components/brand/Logo#Logo": Logo_783c22b53d7b86bb1103bc322eb1604a,
  "/components/workflow/DecisionNotice#DecisionNotice": DecisionNotice_81f5c61be495c5228ffac5dd27fe08e5,
  "/components/fields/LimitCounter#LimitCounter": LimitCounter_b7a721954d6c3e14b450cc92952921ee,
  "/components/fields/RowLabel#RowLabel": RowLabel_0c719a3681ca1823d30868fffddac3c4,
  "/components/WorkflowActions#WorkflowActions": WorkflowActions_1d1a4b3033b283969a141ef7226af4a9,
  "/components/Hidden#Hidden": Hidden_e821531b82b44ca2b432122d4cd7b46f,
  "/components/Tasks#Tasks": Tasks_640520596da7de67077246e2204647a9,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
