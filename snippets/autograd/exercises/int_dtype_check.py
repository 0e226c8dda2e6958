import torch

a = torch.arange(3)
b = torch.arange(3.0)
c = torch.arange(3, dtype=torch.float64)
d = torch.tensor([1, 2, 3.0])
# 能不能记录梯度只看 dtype：只要有一个元素带小数点，d 整体就是浮点
print(a.dtype, b.dtype, c.dtype, d.dtype)
#> torch.int64 torch.float32 torch.float64 torch.float32

b.requires_grad_(True)
c.requires_grad_(True)
d.requires_grad_(True)
print(b.requires_grad, c.requires_grad, d.requires_grad)
#> True True True

# 只有 a 是整数张量
a.requires_grad_(True)
#> RuntimeError: only Tensors of floating point dtype can require gradients
