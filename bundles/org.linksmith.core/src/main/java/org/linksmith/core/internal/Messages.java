/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.core.internal;

import org.eclipse.osgi.util.NLS;

/**
 * Messages of the core bundle (see {@code messages.properties}).
 */
@SuppressWarnings("javadoc")
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.linksmith.core.internal.messages"; //$NON-NLS-1$
	public static String Error_ALREADY_EXISTS;
	public static String Error_ReturnNotAFolderLink;
	public static String Error_ReturnLeftAside;
	public static String Error_ALREADY_EXISTS_Kind;
	public static String Error_PARENT_MISSING;
	public static String Error_NOT_FOUND;
	public static String Error_NOT_A_LINK;
	public static String Error_NOT_A_LINK_Kind;
	public static String Error_LAST_NAME;
	public static String Error_CROSS_DEVICE;
	public static String Error_HARD_LINK_TO_DIRECTORY;
	public static String Error_TARGET_MISSING;
	public static String Error_TOO_MANY_LINKS;
	public static String Error_NOT_SUPPORTED;
	public static String Error_PERMISSION_DENIED;
	public static String Error_PRIVILEGE_REQUIRED;
	public static String Error_NETWORK_PATH;
	public static String Error_LOOP;
	public static String Error_INVALID_PATH;
	public static String Error_DESTINATION_INSIDE_SOURCE;
	public static String Error_VERIFY_FAILED;
	public static String Error_IO_ERROR;
	public static String Error_JunctionNotSupported;
	public static String Error_JunctionToFile;
	public static String Error_CannotCreateType;
	public static String Error_RetargetHardLink;
	public static String Error_ConvertJunction;
	public static String Error_RemoveOtherReparsePoint;
	public static String Error_NotAFile;
	public static String Error_NotAFolder;
	public static String Error_RelocateLinkType;
	public static String Error_RelocateNotAFolder;
	public static String Detail_NoName;
	public static String Error_NotByItsName;
	public static String Error_EmptyPath;
	public static String Error_SpecialInside;
	public static String Error_MountInside;
	public static String Detail_SpecialNotCopied;
	public static String Detail_Replaced;
	public static String Error_ReplacedDuringMove;
	public static String Error_RelocateMountPoint;
	public static String Error_InvalidName;
	public static String Error_VolumeHoldsNoLinks;
	public static String Detail_ReadOnlyVolume;
	public static String Verify_Gone;
	public static String Verify_Missing;
	public static String Verify_Kind;
	public static String Verify_Target;
	public static String Verify_Content;
	public static String Verify_Special;
	public static String Verify_Count;
	public static String Error_CopyDiffers;
	public static String Error_ReadOnlyInside;
	public static String Warning_KeptChanged;
	public static String Detail_KeptAside;
	public static String Recovery_CopyLeft;
	public static String Recovery_OriginalLeft;
	public static String Recovery_OriginalBeingDeleted;
	public static String Recovery_OriginalIncomplete;
	public static String Recovery_MovePending;
	public static String Recovery_FolderAside;
	public static String Recovery_FolderMoved;
	public static String Recovery_Unknown;
	public static String Recovery_NoAside;
	public static String Recovery_Gone;
	public static String Recovery_Changed;
	public static String Recovery_NotPossible;
	public static String Detail_NoLongerAFolder;
	public static String Detail_MountNotEntered;
	public static String Detail_ReplacedDuringRetarget;
	public static String Detail_ChangedSinceLooked;
	public static String Kind_Fifo;
	public static String Kind_Socket;
	public static String Kind_Device;
	public static String Kind_Special;
	public static String Detail_OtherReparsePoint;
	public static String Kind_File;
	public static String Kind_Folder;
	public static String Kind_Link;
	public static String Warning_Dangling;
	public static String Warning_Loop;
	public static String Warning_CannotBeRelative;
	public static String Warning_HardLinkThroughSymlink;
	public static String Warning_HardLinksOutside;
	public static String SmartCopy_DanglingNotUnrolled;
	public static String SmartCopy_LoopNotUnrolled;
	public static String SmartCopy_FolderLeftOut;
	public static String SmartCopy_Unsaturated;
	public static String Size_Progress;
	public static String PointingHere_BrokenTarget;
	public static String Index_CannotOpen;
	public static String Index_Locked;
	public static String Index_NotAFolder;
	public static String Index_NoFolder;
	public static String Index_Progress;
	public static String Repair_Searching;
	public static String Repair_Changed;
	public static String SymbolicClone_Task;
	public static String SmartMove_Changed;
	public static String SmartMove_NotFixed;
	public static String Warning_OriginalNotDeleted;
	public static String Relocate_Task;
	public static String Relocate_Measuring;
	public static String Relocate_Copying;
	public static String Relocate_Verifying;
	public static String Relocate_Deleting;
	public static String Scan_Task;
	public static String Siblings_Task;
	public static String Windows_FileNotFound;
	public static String Windows_PathNotFound;
	public static String Windows_AccessDenied;
	public static String Windows_SharingViolation;
	public static String Windows_NotSameDevice;
	public static String Windows_AlreadyExists;
	public static String Windows_DirNotEmpty;
	public static String Windows_TooManyLinks;
	public static String Windows_PrivilegeNotHeld;
	public static String Windows_CantResolve;
	public static String Windows_NotAReparsePoint;
	public static String Windows_InvalidReparseData;
	public static String Windows_InvalidName;
	public static String Windows_NameTooLong;
	public static String Windows_InvalidParameter;
	public static String Windows_NotSupported;
	public static String Windows_Other;
	public static String Error_InUse;
	public static String Clone_Task;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
