import { useApi } from '../../api/ApiContext';
import { useRollout } from '../../state/RolloutProvider';
import { describeFileProblem } from '../../state/file-problem';
import type { OpenProject } from '../../../shared/api/contract';

/** File name a person would pick: the project name without characters file systems refuse. */
export function suggestedFileName(projectName: string, suffix = ''): string {
  const base = projectName.replace(/[\\/:*?"<>|\p{Cc}]/gu, '-').trim() || 'Rollout plan';
  return `${base}${suffix}.rollout`;
}

/**
 * New, open, sample and save-as, each choosing between the native dialogs (desktop)
 * and the app's own dialogs over the projects folder (web).
 */
export function useFileActions() {
  const api = useApi();
  const isDesktop = useRollout((s) => s.appInfo?.host === 'desktop');
  const adopt = useRollout((s) => s.adopt);
  const setDialog = useRollout((s) => s.setDialog);
  const setFileError = useRollout((s) => s.setFileError);

  async function openWith(load: () => Promise<OpenProject | null>, failureTitle?: string) {
    try {
      const opened = await load();
      if (opened) await adopt(opened);
    } catch (error) {
      setDialog(null);
      setFileError(describeFileProblem(error, failureTitle));
    }
  }

  return {
    newProject: () => setDialog('new'),

    openProject: async () => {
      if (!isDesktop) {
        setDialog('open');
        return;
      }
      await openWith(async () => {
        const path = await api.invoke('files.chooseOpenPath', {});
        return path ? api.invoke('project.open', { path }) : null;
      });
    },

    openPath: (path: string) => openWith(() => api.invoke('project.open', { path })),

    openSample: () => openWith(() => api.invoke('project.openSample', {}), 'The sample project could not be opened'),

    saveCopy: async (projectName: string) => {
      if (!isDesktop) {
        setDialog('save-as');
        return;
      }
      await openWith(async () => {
        const path = await api.invoke('files.chooseSavePath', { suggestedName: suggestedFileName(projectName, ' copy') });
        return path ? api.invoke('project.saveAs', { path }) : null;
      }, 'The copy could not be saved');
    },
  };
}
