import torch

x = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
# exp 的导数就是它自己，所以反向传播时要用到保存下来的 y
y = x.exp()
u = y.detach()

# 原地改 u 就是改 y，保存的值被破坏了
u.zero_()
y.sum().backward()
#> RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [3]], which is output 0 of Exp, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).
