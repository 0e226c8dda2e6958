import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
# w 也是叶子节点，但没有打开梯度记录
w = torch.tensor([10.0, 20.0, 30.0])
print(x.is_leaf, w.is_leaf)
#> True True

y = (w * x).sum()
y.backward()

# 只有 requires_grad=True 的叶子得到梯度：dy/dx = w
print(x.grad)
#> tensor([10., 20., 30.])
print(w.grad)
#> None
