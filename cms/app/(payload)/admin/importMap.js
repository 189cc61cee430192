import { LimitCounter as LimitCounter_b7a721954d6c3e14b450cc92952921ee } from '../../../components/fields/LimitCounter'
import { QualityPanel as QualityPanel_b9182a37e215e36f5372e6d7cf214d05 } from '../../../components/quality/QualityPanel'
import { DecisionNotice as DecisionNotice_81f5c61be495c5228ffac5dd27fe08e5 } from '../../../components/workflow/DecisionNotice'
import { RowLabel as RowLabel_0c719a3681ca1823d30868fffddac3c4 } from '../../../components/fields/RowLabel'
import { Readability as Readability_795b2327e718e39665939c19aa52d6f9 } from '../../../components/quality/Readability'
import { RelationTitle as RelationTitle_c614ae7cbe5165e14c70558366dec929 } from '../../../components/cells/RelationTitle'
import { WorkflowActions as WorkflowActions_1d1a4b3033b283969a141ef7226af4a9 } from '../../../components/WorkflowActions'
import { Hidden as Hidden_e821531b82b44ca2b432122d4cd7b46f } from '../../../components/Hidden'
import { PreviewView as PreviewView_3b08db824734a0e65a143d9d620892c2 } from '../../../components/preview/PreviewView'
import { ConsultantCardTab as ConsultantCardTab_332290499b513545b0dad3307d275e2d } from '../../../components/consultant/ConsultantCardTab'
import { ComparisonView as ComparisonView_90266b8c09def44adfc0655dcb75a838 } from '../../../components/review/ComparisonView'
import { VersionHistoryView as VersionHistoryView_5fabbbe7a6b6e36291aef1b1d8abc8e3 } from '../../../components/review/VersionHistoryView'
import { SavedVersionView as SavedVersionView_192756e578ffae9d3759fe8d7865bbc7 } from '../../../components/review/SavedVersionView'
import { FileSize as FileSize_2f03e39e0fdc14614ae69ca722b1a182 } from '../../../components/cells/FileSize'
import { Icon as Icon_046f426b81a173dda97eaa2afb780a67 } from '../../../components/brand/Icon'
import { Logo as Logo_783c22b53d7b86bb1103bc322eb1604a } from '../../../components/brand/Logo'
import { Tasks as Tasks_640520596da7de67077246e2204647a9 } from '../../../components/Tasks'
import { ConsultantDashboard as ConsultantDashboard_79fab396be2cd86f4b5ef8cdccbbb729 } from '../../../components/ConsultantDashboard'
import { QualityDashboard as QualityDashboard_c7d4d8024edbff2b7d17d743909fec06 } from '../../../components/quality/QualityDashboard'
import { ConsultantCardView as ConsultantCardView_54e650b422adb65fd9aea37f5965b21b } from '../../../components/consultant/ConsultantCardView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/fields/LimitCounter#LimitCounter": LimitCounter_b7a721954d6c3e14b450cc92952921ee,
  "/components/quality/QualityPanel#QualityPanel": QualityPanel_b9182a37e215e36f5372e6d7cf214d05,
  "/components/workflow/DecisionNotice#DecisionNotice": DecisionNotice_81f5c61be495c5228ffac5dd27fe08e5,
  "/components/fields/RowLabel#RowLabel": RowLabel_0c719a3681ca1823d30868fffddac3c4,
  "/components/quality/Readability#Readability": Readability_795b2327e718e39665939c19aa52d6f9,
  "/components/cells/RelationTitle#RelationTitle": RelationTitle_c614ae7cbe5165e14c70558366dec929,
  "/components/WorkflowActions#WorkflowActions": WorkflowActions_1d1a4b3033b283969a141ef7226af4a9,
  "/components/Hidden#Hidden": Hidden_e821531b82b44ca2b432122d4cd7b46f,
  "/components/preview/PreviewView#PreviewView": PreviewView_3b08db824734a0e65a143d9d620892c2,
  "/components/consultant/ConsultantCardTab#ConsultantCardTab": ConsultantCardTab_332290499b513545b0dad3307d275e2d,
  "/components/review/ComparisonView#ComparisonView": ComparisonView_90266b8c09def44adfc0655dcb75a838,
  "/components/review/VersionHistoryView#VersionHistoryView": VersionHistoryView_5fabbbe7a6b6e36291aef1b1d8abc8e3,
  "/components/review/SavedVersionView#SavedVersionView": SavedVersionView_192756e578ffae9d3759fe8d7865bbc7,
  "/components/cells/FileSize#FileSize": FileSize_2f03e39e0fdc14614ae69ca722b1a182,
  "/components/brand/Icon#Icon": Icon_046f426b81a173dda97eaa2afb780a67,
  "/components/brand/Logo#Logo": Logo_783c22b53d7b86bb1103bc322eb1604a,
  "/components/Tasks#Tasks": Tasks_640520596da7de67077246e2204647a9,
  "/components/ConsultantDashboard#ConsultantDashboard": ConsultantDashboard_79fab396be2cd86f4b5ef8cdccbbb729,
  "/components/quality/QualityDashboard#QualityDashboard": QualityDashboard_c7d4d8024edbff2b7d17d743909fec06,
  "/components/consultant/ConsultantCardView#ConsultantCardView": ConsultantCardView_54e650b422adb65fd9aea37f5965b21b,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
