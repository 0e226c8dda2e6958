import torch

# 不写小数点，arange 得到的是整数张量
x = torch.arange(4)
print(x.dtype)
#> torch.int64

# 整数不能求导，所以整数张量不能记录梯度
x.requires_grad_(True)
#> RuntimeError: only Tensors of floating point dtype can require gradients
