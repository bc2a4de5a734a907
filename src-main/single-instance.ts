// One app instance: a second launch hands its files to the first and quits.
import { app } from 'electron';
import { documentsFromArgv } from './documents/open-requests';

/** False when another instance already runs (this one should quit). */
export const setupSingleInstance = (onSecondLaunch: (files: string[]) => void): boolean => {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', (_event, argv, workingDirectory) =>
    onSecondLaunch(documentsFromArgv(argv, workingDirectory)),
  );
  return true;
};
