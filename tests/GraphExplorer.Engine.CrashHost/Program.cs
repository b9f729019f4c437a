Console.Error.WriteLine("crash host: not written yet");
return 2;
