import torch

x = torch.tensor([5, -5])

# (d) 原地除法要把 float32 的结果存回 int64 的 x：PyTorch 拒绝
x /= 2
#> RuntimeError: result type Float can't be cast to the desired output type Long
