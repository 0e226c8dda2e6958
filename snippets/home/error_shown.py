import torch

x = torch.ones(3, requires_grad=True)

# 笔记里写的是 x.grid；PyTorch 只有 x.grad，于是报错
print(x.grid)
#> AttributeError: 'Tensor' object has no attribute 'grid'. Did you mean: 'grad'?
